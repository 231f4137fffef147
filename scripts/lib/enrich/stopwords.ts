/**
 * Word lists for keyphrase chunking. A candidate phrase is a run of words
 * between {@link isBoundaryWord} words; a phrase made only of
 * {@link GENERIC_WORDS} is never a keyword.
 */

const FUNCTION_WORDS = `a about above across after again against all almost along also although always am among an and
another any anyone anything are around as at be because been before being below between both but by can cannot could
did do does doing done down during each either else enough etc even ever every few for from further had has have having
he her here hers herself him himself his how however i if in into is it its itself just least less let like likely many
may me might more most much must my neither no nor not now of off often on once one only onto or other others otherwise
our ours ourselves out over own per perhaps quite rather same she should since so some such than that the their theirs
them themselves then there therefore these they this those though through throughout thus to together too toward towards
under unless until up upon us very via was we well were what whatever when whenever where whereas whether which while who
whom whose why will with within without would yet you your yours two three four five six seven eight nine ten first
second third last still already instead especially respectively i.e e.g vs versus namely hence moreover furthermore
additionally specifically particular particularly typically usually generally commonly largely mainly mostly simply
merely highly significantly substantially considerably greatly strongly consistently notably currently recently
previously finally directly easily effectively efficiently successfully jointly explicitly implicitly independently
simultaneously theoretically empirically experimentally extensively comprehensively readily relatively approximately
nearly fully partially primarily entirely alone new novel different various several existing recent previous current
prior significant simple effective key important main major good better best high higher low lower small smaller
larger big wide broad strong weak crucial critical essential fundamental general specific certain whole overall
additional further extensive comprehensive promising competitive superior comparable similar same due able capable
possible potential real practical challenging difficult hard easy common popular standard typical traditional
conventional classical modern original remarkable impressive substantial considerable marginal minimal little
numerous diverse multiple single simple fast slow faster slower cheap expensive costly useful powerful robust
accurate precise reliable scalable flexible interpretable feasible favorable superior inferior extensive
empirical theoretical experimental systematic thorough detailed rigorous clear unclear open closed such own
respective corresponding underlying resulting proposed presented introduced described studied considered obtained
achieved observed demonstrated reported shown known called termed named dubbed so-called namely within using based`;

/** Verbs that abstracts use around keyphrases; their inflections are generated. */
const VERBS = `propose present introduce show demonstrate achieve outperform improve enable allow provide require
use utilize leverage exploit employ apply adopt develop design study investigate explore examine analyze analyse
evaluate assess compare conduct perform obtain yield reduce increase decrease enhance boost accelerate address tackle
solve mitigate alleviate overcome remain become make take give lead result consist contain include involve describe
establish prove derive formulate extend generalize generalise combine integrate incorporate reveal suggest indicate
find observe note argue claim believe consider focus aim seek attempt try need help support offer serve act operate
rely depend suffer fail lack exhibit attain reach surpass exceed match maintain preserve retain ensure guarantee
facilitate benefit motivate inspire highlight emphasize underscore validate verify confirm release publish open
capture identify determine predict estimate compute calculate measure quantify characterize characterise represent
exhibit emerge arise occur exist appear seem tend fit hold keep let get set put run see know think want like
illustrate discuss review summarize survey report explain understand learn train build construct create generate
produce collect select choose adapt adjust modify tune refine update replace remove add introduce bring change
increase minimize maximize optimize outperform scale reduce lower raise address handle deal cope struggle rethink
revisit unify bridge enable empower equip revolutionize revolutionise hinder harm hurt mislead outline compile
adjust allow compete attract draw pose raise stem ignore overlook neglect lag trail outperform rival match span cover
cause induce incur entail necessitate limit restrict prevent avoid escape eliminate discard retain recover accept
reject complement automate tackle connect relate link associate correlate`;

const EXTRA_BOUNDARY = `is are was were be been being has have had do does did can could may might will would shall
should must using based via named called termed dubbed enables enabling allowing achieving making including leveraging
improving reducing providing requiring showing demonstrating combining considering following given according despite
across regarding compared relative respect terms way ways well thereby whereby whereas wherein furthermore moreover
however therefore thus hence also then yet still only even just while although though unlike beyond around among
i ii iii iv et al behind ideal excellent outstanding millions thousands hundreds billions dozens page
volume available relevant answering exacerbate impose alpha beta gamma delta epsilon varepsilon theta lambda mu sigma
omega phi varphi psi tau rho eta kappa xi pi mathcal mathbb mathbf frac cdot ldots state-of-the-art so-called well-known fewer less more most least lightweight art`;

/**
 * Words that are fine inside a phrase (`language model`) but are never a
 * keyword alone or only together with other generic words (`proposed method`).
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  `paper papers method methods approach approaches result results work works study studies experiment experiments
  performance state art state-of-the-art sota framework frameworks model models technique techniques problem problems
  task tasks system systems analysis analyses algorithm algorithms data dataset datasets benchmark benchmarks baseline
  baselines setting settings application applications solution solutions strategy strategies process processes
  effect effects impact property properties issue issues challenge challenges question questions way ways case cases
  example examples number numbers set sets amount amounts part parts type types kind kinds form forms level levels
  order orders term terms time times step steps stage stages range ranges variety lot lots field fields area areas
  domain domains scenario scenarios aspect aspects factor factors feature features component components module
  modules design designs idea ideas insight insights finding findings evidence contribution contributions
  improvement improvements gain gains advantage advantages limitation limitations drawback drawbacks cost costs
  efficiency effectiveness accuracy quality value values point points code codes implementation community
  researcher researchers practitioner practitioners user users people world literature survey overview review
  introduction conclusion end goal goals purpose need needs fact addition contrast comparison respect regard
  manner mechanism mechanisms architecture architectures network networks parameter parameters layer layers
  training learning inference evaluation test tests testing output outputs input inputs size sizes scale scales
  computation resource resources memory speed speedup version versions extension extensions variant variants
  family families class classes function functions information knowledge structure structures representation
  representations space spaces distribution distributions objective objectives loss losses error errors
  behavior behaviour behaviors capability capabilities ability abilities potential demand success use usage
  instance instances sample samples rate rates degree degrees top bottom line lines rule rules pipeline pipelines
  tool tools platform platforms library libraries package packages repository github project projects phase phases
  base source target targets signal signals unit units element elements item items object objects entity entities
  efficient downstream computational numerical paradigm consistent special sometimes de facto art case cases upper lower
  proposed novel new propose proposes show shows results demonstrate state-of-the-art experiment experiments`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

function inflect(verb: string): string[] {
  const forms = [verb, `${verb}s`, `${verb}d`, `${verb}ed`, `${verb}es`];
  if (verb.endsWith('y')) forms.push(`${verb.slice(0, -1)}ies`, `${verb.slice(0, -1)}ied`);
  if (verb.endsWith('e')) forms.push(`${verb.slice(0, -1)}ing`);
  else forms.push(`${verb}ing`);
  return forms;
}

/** Nouns that look like verb forms and must not split phrases (`deep learning`, `model training`). */
const PHRASE_SAFE = new Set(
  `learning training tuning fine-tuning finetuning reasoning planning modeling modelling computing embedding
  embeddings encoding sampling pruning scaling clustering processing design designs learned trained
  representation scale update updates change changes search adapted selected matching match
  set sets run runs fitting model models support survey review
  attention selection generation estimation prediction
  supervised unsupervised distributed federated embedded structured unstructured labeled unlabeled labelled
  unlabelled grounded augmented guided conditioned weighted constrained connected mixed masked gated automated
  compressed quantized pruned layered biased shared fixed parameterized parametrized informed pretrained finetuned
  randomized regularized normalized generalized accelerated controlled targeted localized specialized personalized
  centralized decentralized tied unrolled truncated restricted nested coupled decoupled stacked dilated shifted scaled
  sketched stratified penalized amortized discretized conditional tokenized vectorized synchronized interleaved
  annealed projected preconditioned reweighted linearized lifted folded hashed`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

const BOUNDARY: ReadonlySet<string> = (() => {
  const set = new Set<string>();
  for (const w of FUNCTION_WORDS.split(/\s+/)) if (w !== '') set.add(w);
  for (const w of EXTRA_BOUNDARY.split(/\s+/)) if (w !== '') set.add(w);
  for (const v of VERBS.split(/\s+/)) if (v !== '') for (const form of inflect(v)) set.add(form);
  for (const w of PHRASE_SAFE) set.delete(w);
  return set;
})();

/**
 * True when a lowercase word ends a candidate phrase: function words,
 * verbs, vague adjectives and adverbs (`-ly`).
 */
export function isBoundaryWord(lower: string): boolean {
  if (BOUNDARY.has(lower)) return true;
  // Past participles are usually verbs in abstracts; the adjectives among them are in PHRASE_SAFE.
  if (lower.length > 4 && lower.endsWith('ed') && !PHRASE_SAFE.has(lower) && /^[a-z]+$/.test(lower)) return true;
  if (lower.length > 4 && lower.endsWith('ly') && !PHRASE_SAFE.has(lower)) return true;
  return false;
}

/** True when a lowercase word is a generic research word (`method`, `results`). */
export function isGenericWord(lower: string): boolean {
  return GENERIC_WORDS.has(lower) || BOUNDARY.has(lower);
}

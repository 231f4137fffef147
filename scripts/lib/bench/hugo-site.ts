/** A paper as the Hugo comparison site needs it. */
export interface HugoPaper {
  title: string;
  abstract: string;
}

/** Topic list pages, like the catalogue's topic pages (see shared/MEASUREMENTS.md: N pages + 20 topics). */
const TOPICS = 20;

const CONFIG = `baseURL = "http://localhost/"
title = "Paper Atlas benchmark"
disableKinds = ["RSS", "sitemap", "robotsTXT"]
paginate = 100
[taxonomies]
topic = "topics"
`;

const PAGE = (main: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main data-pagefind-body>
${main}
</main></body></html>
`;

const SINGLE = PAGE(`<h1>{{ .Title }}</h1>
{{ .Content }}
<p>Topics: {{ range .Params.topics }}<a href="{{ "topics/" | relURL }}{{ . | urlize }}/">{{ . }}</a> {{ end }}</p>`);

const LIST = PAGE(`<h1>{{ .Title }}</h1>
<ul>{{ range (.Paginate .Pages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}`);

/**
 * A minimal Hugo site with one Markdown page per paper (title and abstract), a topic
 * taxonomy of {@link TOPICS} terms, and paginated lists: the baseline the benchmark
 * compares our build with.
 *
 * @param papers Papers in catalogue order.
 * @returns Map from path relative to the Hugo site folder to file text.
 */
export function hugoSiteFiles(papers: readonly HugoPaper[]): Map<string, string> {
  const files = new Map<string, string>([
    ['hugo.toml', CONFIG],
    ['layouts/_default/single.html', SINGLE],
    ['layouts/_default/list.html', LIST],
    ['layouts/_default/terms.html', LIST],
    ['layouts/index.html', LIST],
  ]);
  papers.forEach((paper, index) => {
    // JSON strings are valid YAML double-quoted scalars, so the title needs no escaping of its own.
    const frontMatter = `---\ntitle: ${JSON.stringify(paper.title)}\ntopics: ["topic-${index % TOPICS}"]\n---\n`;
    // `{{<` and `{{%` open Hugo shortcodes even in content; dump text must stay text.
    files.set(`content/papers/paper-${index}.md`, `${frontMatter}\n${paper.abstract.replaceAll('{{', '{ {')}\n`);
  });
  return files;
}

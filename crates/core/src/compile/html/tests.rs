//! Tests of the raw-HTML allow-list: verdicts, tokens and fragments.

use super::*;

fn render(nodes: &[Inline]) -> String {
    nodes
        .iter()
        .map(|node| match node {
            Inline::Text { text } => text.clone(),
            Inline::Html(e) => {
                let attrs: String = e
                    .attrs
                    .iter()
                    .map(|(k, v)| format!(" {k}=\"{v}\""))
                    .collect();
                format!("<{}{attrs}>{}</{}>", e.tag, render(&e.children), e.tag)
            }
            other => format!("{other:?}"),
        })
        .collect()
}

fn case(html: &str, expected: &str) {
    assert_eq!(render(&parse(html).nodes), expected, "for {html}");
}

#[test]
fn allowed_markup_stays() {
    case(
        "<span style=\"color:green\">✔</span>",
        "<span style=\"color: green\">✔</span>",
    );
    case("<hr className=\"x\">", "<hr class=\"x\"></hr>");
    case("a<br/>b", "a<br></br>b");
    case(
        "<dl><dt>T</dt><dd>D &amp; more</dd></dl>",
        "<dl><dt>T</dt><dd>D & more</dd></dl>",
    );
    case(
        "<img src=\"data:image/png;base64,AA\" alt=x>",
        "<img src=\"data:image/png;base64,AA\" alt=\"x\"></img>",
    );
}

#[test]
fn script_never_survives() {
    case("<script>alert(1)</script>ok", "ok");
    case("<SCRIPT>if (a<b) x()</SCRIPT>ok", "ok");
    case("<img src=x onerror=\"alert(1)\">", "<img src=\"x\"></img>");
    case("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>");
    case("<a href=\" JaVa\tScript:alert(1)\">x</a>", "<a>x</a>");
    case("<a href=\"data:text/html,<script>\">x</a>", "<a>x</a>");
    case(
        "<iframe src=\"https://e.x\"><p>in</p></iframe>after",
        "after",
    );
    case("<svg><script>x</script><p>in</p></svg>after", "after");
    case(
        "<span style=\"position:fixed; color: red; background: url(x)\">s</span>",
        "<span style=\"color: red\">s</span>",
    );
    case("<!-- <script>x</script> -->ok", "ok");
}

#[test]
fn unknown_tags_keep_their_text() {
    case("<center>mid</center>", "mid");
    case("<span>open", "<span>open</span>");
    case("stray</div>", "stray");
}

#[test]
fn dropped_elements_hide_nothing_when_left_open() {
    case("<button>Go</button> after", " after");
    case("<video><button>x</button>y</video>z", "z");
    case("<video>fallback", "fallback");
    case(
        "<div>Block <button>Click <b>me</b></div> after",
        "<div>Block Click <b>me</b></div> after",
    );
    case("<svg><p>in</p>", "<p>in</p>");
}

#[test]
fn offsets_of_images_and_unclosed_raw_text() {
    let html = "<p><img src=a> <video><img src=b></video><img src=c></p>";
    assert_eq!(parse(html).images, [3, 41]);
    let left_open = parse("a<style>p {}</div>b");
    assert_eq!(left_open.unclosed, [("style".to_string(), 1)]);
    assert_eq!(render(&left_open.nodes), "a");
    assert!(parse("<script>x</script>").unclosed.is_empty());
}

#[test]
fn dropped_content_is_handed_back() {
    let dropped = |html: &str| -> Vec<(String, usize, String)> {
        let fragment = parse(html);
        let shown = |(name, at, nodes): (String, usize, Vec<Inline>)| (name, at, render(&nodes));
        fragment.dropped.into_iter().map(shown).collect()
    };
    let named = |name: &str, at: usize, text: &str| (name.to_string(), at, text.to_string());
    assert_eq!(
        dropped("a<video><button>x</button><b>y</b></video>"),
        [named("button", 8, "x"), named("video", 1, "<b>y</b>")]
    );
    assert_eq!(
        dropped("<template>t</template>"),
        [named("template", 0, "t")]
    );
    // Left open: unwrapped, nothing lost.
    assert!(dropped("<button>kept").is_empty());
}

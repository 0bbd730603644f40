//! Rendering test trees with Yew's server renderer, and reading the HTML back
//! as a user agent would: elements, attributes and decoded text.
//!
//! `render(blocks)` renders document nodes the way a chapter does;
//! `component::<C>(props)` renders any component. Both return a [`Dom`], queried
//! with small CSS-like selectors: `tag#id.class[attr][attr=value]`, `^=` for
//! a prefix, and descendant or child combinators (`nav > ol a[aria-current]`).

use std::fmt;

use primer::links::{Links, Routing};
use primer::render::{blocks, Context};
use primer_core::bundle::{ChapterEntry, GuideInfo, Manifest, FORMAT_VERSION};
use primer_core::document::{Block, Element as RawElement, Inline};
use yew::prelude::*;

/// The permalink of the chapter every test tree is rendered in.
pub const PERMALINK: &str = "study-guide/caching";

#[derive(Properties, PartialEq)]
struct ChapterProps {
    blocks: Vec<Block>,
    cx: Context,
}

#[function_component]
fn Chapter(props: &ChapterProps) -> Html {
    blocks(&props.blocks, &props.cx)
}

/// Render blocks in chapter [`PERMALINK`] with hash routing.
pub async fn render(blocks: Vec<Block>) -> Dom {
    render_with(blocks, Links::default()).await
}

/// Render blocks in chapter [`PERMALINK`] with these links.
pub async fn render_with(blocks: Vec<Block>, links: Links) -> Dom {
    let cx = Context::new(links, PERMALINK);
    component::<Chapter>(ChapterProps { blocks, cx }).await
}

/// Hash routing with the manifest (and built files) under `base`.
pub fn content_at(base: &str) -> Links {
    Links {
        routing: Routing::Hash,
        content_base: base.to_string(),
    }
}

/// History routing under `base`, the manifest next to the page.
pub fn history(base: &str) -> Links {
    Links {
        routing: Routing::History {
            base: base.to_string(),
        },
        content_base: String::new(),
    }
}

/// Render inline nodes inside a paragraph.
pub async fn render_inlines(content: Vec<Inline>) -> Dom {
    render(vec![Block::Paragraph { content }]).await
}

#[derive(Properties)]
struct ViewProps {
    view: Box<dyn Fn() -> Html>,
}

impl PartialEq for ViewProps {
    fn eq(&self, _: &ViewProps) -> bool {
        false
    }
}

#[function_component]
fn View(props: &ViewProps) -> Html {
    (props.view)()
}

/// Render what a plain view function returns (the components without state
/// are functions, not Yew components), through a wrapper component.
pub async fn view(view: impl Fn() -> Html + 'static) -> Dom {
    component::<View>(ViewProps {
        view: Box::new(view),
    })
    .await
}

/// Render one component with its props.
pub async fn component<C>(props: C::Properties) -> Dom
where
    C: BaseComponent,
{
    let html = yew::LocalServerRenderer::<C>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    Dom::parse(&html)
}

// ----------------------------------------------------------- tree builders

pub fn text(text: &str) -> Inline {
    Inline::text(text)
}

pub fn para(words: &str) -> Block {
    Block::Paragraph {
        content: vec![text(words)],
    }
}

/// A raw HTML element as a (possibly tampered) bundle carries it.
pub fn raw(tag: &str, attrs: &[(&str, &str)], children: Vec<Inline>) -> RawElement {
    RawElement {
        tag: tag.to_string(),
        attrs: attrs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        children,
    }
}

/// A guide's chapter entry; the bundle name follows the permalink.
pub fn chapter(title: &str, subtitle: Option<&str>, permalink: &str) -> ChapterEntry {
    ChapterEntry {
        title: title.into(),
        subtitle: subtitle.map(String::from),
        permalink: permalink.into(),
        objectives: vec![],
        bundle: format!("{}.json", permalink.replace('/', "-")),
        size: 1,
        hash: "0".into(),
        quizzes: vec![],
    }
}

/// Three chapters: intro, caching ([`PERMALINK`]) and invalidation; the
/// first and last have subtitles.
pub fn manifest() -> Manifest {
    Manifest {
        version: FORMAT_VERSION,
        guide: GuideInfo {
            id: "study-guide".into(),
            title: "Study guide".into(),
        },
        chapters: vec![
            chapter("Chapter 1", Some("Introduction"), "study-guide/intro"),
            chapter("Caching", None, "study-guide/caching"),
            chapter(
                "Chapter 3",
                Some("Invalidation"),
                "study-guide/invalidation",
            ),
        ],
    }
}

// ----------------------------------------------------------- reading HTML

/// A node of the rendered HTML.
#[derive(Debug, Clone)]
pub enum Node {
    Element(Element),
    Text(String),
}

#[derive(Debug, Clone)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Node>,
}

/// A rendered fragment: the raw HTML and its parsed root.
pub struct Dom {
    pub html: String,
    pub root: Element,
}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr",
];

impl Dom {
    pub fn parse(html: &str) -> Dom {
        let mut stack = vec![Element {
            name: "#root".into(),
            attrs: vec![],
            children: vec![],
        }];
        let mut rest = html;
        while !rest.is_empty() {
            if let Some(comment) = rest.strip_prefix("<!--") {
                rest = comment.split_once("-->").map_or("", |(_, after)| after);
            } else if let Some(close) = rest.strip_prefix("</") {
                let (name, after) = close.split_once('>').expect("unclosed end tag");
                rest = after;
                while let Some(open) = stack.pop() {
                    let done = open.name == name;
                    stack
                        .last_mut()
                        .expect("end tag without start")
                        .children
                        .push(Node::Element(open));
                    if done {
                        break;
                    }
                }
            } else if rest.starts_with('<') {
                let (element, after) = start_tag(&rest[1..]);
                rest = after;
                if VOID.contains(&element.name.as_str()) {
                    stack
                        .last_mut()
                        .unwrap()
                        .children
                        .push(Node::Element(element));
                } else {
                    stack.push(element);
                }
            } else {
                let end = rest.find('<').unwrap_or(rest.len());
                stack
                    .last_mut()
                    .unwrap()
                    .children
                    .push(Node::Text(decode(&rest[..end])));
                rest = &rest[end..];
            }
        }
        while stack.len() > 1 {
            let open = stack.pop().unwrap();
            stack.last_mut().unwrap().children.push(Node::Element(open));
        }
        Dom {
            html: html.to_string(),
            root: stack.pop().unwrap(),
        }
    }

    /// Every element matching `selector`, in document order.
    pub fn all(&self, selector: &str) -> Vec<&Element> {
        self.root.all(selector)
    }

    /// The one element matching `selector`; fails with the HTML otherwise.
    pub fn one(&self, selector: &str) -> &Element {
        match self.all(selector).as_slice() {
            [only] => only,
            found => panic!(
                "expected one `{selector}`, found {} in:\n{}",
                found.len(),
                self.html
            ),
        }
    }

    pub fn count(&self, selector: &str) -> usize {
        self.all(selector).len()
    }

    /// Everything a reader would see as text, concatenated.
    pub fn text(&self) -> String {
        self.root.text()
    }
}

impl fmt::Display for Dom {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.html)
    }
}

fn start_tag(input: &str) -> (Element, &str) {
    let name_end = input
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .unwrap();
    let mut element = Element {
        name: input[..name_end].to_string(),
        attrs: vec![],
        children: vec![],
    };
    let mut rest = &input[name_end..];
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("/>").or_else(|| rest.strip_prefix('>')) {
            return (element, after);
        }
        let name_end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '>' || c == '/')
            .unwrap();
        let name = rest[..name_end].to_string();
        rest = &rest[name_end..];
        let value = match rest.strip_prefix("=\"") {
            Some(quoted) => {
                let (value, after) = quoted.split_once('"').expect("unclosed attribute value");
                rest = after;
                decode(value)
            }
            None => String::new(),
        };
        element.attrs.push((name, value));
    }
}

fn decode(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn has(&self, name: &str) -> bool {
        self.attr(name).is_some()
    }

    pub fn has_class(&self, class: &str) -> bool {
        self.attr("class")
            .is_some_and(|c| c.split_whitespace().any(|c| c == class))
    }

    /// The text of every descendant, as a reader would see it.
    pub fn text(&self) -> String {
        self.children
            .iter()
            .map(|child| match child {
                Node::Text(text) => text.clone(),
                Node::Element(element) => element.text(),
            })
            .collect()
    }

    /// The text of descendants, skipping elements that match `skip` (one
    /// compound selector, such as `.prompt`).
    pub fn text_without(&self, skip: &str) -> String {
        let skip = parse_compound(skip);
        self.text_skipping(&skip)
    }

    fn text_skipping(&self, skip: &[Simple]) -> String {
        self.children
            .iter()
            .map(|child| match child {
                Node::Text(text) => text.clone(),
                Node::Element(element) if matches(element, skip) => String::new(),
                Node::Element(element) => element.text_skipping(skip),
            })
            .collect()
    }

    /// Child elements, skipping text.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|child| match child {
            Node::Element(element) => Some(element),
            Node::Text(_) => None,
        })
    }

    /// Descendants matching `selector`, in document order.
    pub fn all(&self, selector: &str) -> Vec<&Element> {
        let steps = parse_selector(selector);
        assert!(!steps.is_empty(), "empty selector");
        let mut found = Vec::new();
        collect(self, &steps, &mut Vec::new(), &mut found);
        found
    }

    pub fn one(&self, selector: &str) -> &Element {
        match self.all(selector).as_slice() {
            [only] => only,
            found => panic!(
                "expected one `{selector}` in <{}>, found {}",
                self.name,
                found.len()
            ),
        }
    }

    pub fn count(&self, selector: &str) -> usize {
        self.all(selector).len()
    }
}

// ----------------------------------------------------------- selectors

#[derive(Debug)]
enum Simple {
    Tag(String),
    /// Name, value, and whether the value is a prefix (`^=`).
    Attr(String, Option<String>, bool),
    Class(String),
}

/// One compound selector and whether it must be the child (`>`) of the
/// previous one rather than any descendant.
struct Step {
    simples: Vec<Simple>,
    child: bool,
}

fn parse_selector(selector: &str) -> Vec<Step> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut in_brackets = false;
    for c in selector.chars() {
        match c {
            '[' => in_brackets = true,
            ']' => in_brackets = false,
            _ => {}
        }
        if (c.is_whitespace() || c == '>') && !in_brackets {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            if c == '>' {
                words.push(">".to_string());
            }
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    let mut steps = Vec::new();
    let mut child = false;
    for word in words {
        if word == ">" {
            child = true;
        } else {
            steps.push(Step {
                simples: parse_compound(&word),
                child,
            });
            child = false;
        }
    }
    steps
}

fn parse_compound(text: &str) -> Vec<Simple> {
    let mut simples = Vec::new();
    let name_end = text.find(['#', '.', '[']).unwrap_or(text.len());
    if name_end > 0 && &text[..name_end] != "*" {
        simples.push(Simple::Tag(text[..name_end].to_string()));
    }
    let mut rest = &text[name_end..];
    while !rest.is_empty() {
        let kind = rest.as_bytes()[0];
        if kind == b'[' {
            let (inside, after) = rest[1..].split_once(']').expect("unclosed [");
            rest = after;
            simples.push(match inside.split_once('=') {
                Some((name, value)) => Simple::Attr(
                    name.trim_end_matches('^').to_string(),
                    Some(value.trim_matches('"').to_string()),
                    name.ends_with('^'),
                ),
                None => Simple::Attr(inside.to_string(), None, false),
            });
        } else {
            let end = rest[1..]
                .find(['#', '.', '['])
                .map_or(rest.len(), |e| e + 1);
            let name = rest[1..end].to_string();
            simples.push(if kind == b'#' {
                Simple::Attr("id".into(), Some(name), false)
            } else {
                Simple::Class(name)
            });
            rest = &rest[end..];
        }
    }
    simples
}

fn matches(element: &Element, simples: &[Simple]) -> bool {
    simples.iter().all(|simple| match simple {
        Simple::Tag(name) => element.name == *name,
        Simple::Class(class) => element.has_class(class),
        Simple::Attr(name, None, _) => element.has(name),
        Simple::Attr(name, Some(value), false) => element.attr(name) == Some(value.as_str()),
        Simple::Attr(name, Some(value), true) => element
            .attr(name)
            .is_some_and(|v| v.starts_with(value.as_str())),
    })
}

/// Whether `element`, under `ancestors` (outermost first), matches `steps`.
fn matches_steps(element: &Element, ancestors: &[&Element], steps: &[Step]) -> bool {
    let Some((last, earlier)) = steps.split_last() else {
        return true;
    };
    if !matches(element, &last.simples) {
        return false;
    }
    if earlier.is_empty() {
        return true;
    }
    if last.child {
        ancestors
            .split_last()
            .is_some_and(|(parent, up)| matches_steps(parent, up, earlier))
    } else {
        (0..ancestors.len())
            .rev()
            .any(|i| matches_steps(ancestors[i], &ancestors[..i], earlier))
    }
}

fn collect<'e>(
    element: &'e Element,
    steps: &[Step],
    ancestors: &mut Vec<&'e Element>,
    found: &mut Vec<&'e Element>,
) {
    for child in element.elements() {
        if matches_steps(child, ancestors, steps) {
            found.push(child);
        }
        ancestors.push(child);
        collect(child, steps, ancestors, found);
        ancestors.pop();
    }
}

/// The reader itself, checked so that a passing component test means
/// something.
#[test]
fn reads_back_what_the_server_renderer_writes() {
    let dom = Dom::parse(
        "<nav aria-label=\"A &amp; B\"><ol><li class=\"x current\"><a href=\"#/a\" aria-current=\"page\">A &lt;1&gt;</a>\
         <ul><li><a href=\"#/a#h\">H</a></li></ul></li><li><input checked type=\"checkbox\"><a href=\"#/b\">B</a></li></ol></nav>",
    );
    assert_eq!(dom.one("nav").attr("aria-label"), Some("A & B"));
    assert_eq!(dom.one("[aria-current=page]").text(), "A <1>");
    assert_eq!(dom.count("nav a"), 3);
    assert_eq!(dom.count("ol > li > a"), 2);
    assert_eq!(dom.count("li.current a"), 2);
    assert_eq!(dom.count("li.x.current > a[href^=#/a]"), 1);
    assert_eq!(dom.count("li.missing a"), 0);
    assert!(dom.one("input").has("checked"));
    assert_eq!(dom.one("li.current").text_without("ul"), "A <1>");
    assert_eq!(dom.text(), "A <1>HB");
}

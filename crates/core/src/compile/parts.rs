//! Building components from the pieces the component pass found: their
//! attributes checked, their inner Markdown compiled, partials inlined and
//! quizzes loaded.

use super::components::{Piece, KNOWN};
use super::flatten::inline_text;
use super::source_map::MappedText;
use super::{html, Compiler, QuizPlace, Unit, MAX_PARTIAL_DEPTH};
use crate::document::{AlertKind, Block, Image, Inline, Tab};
use crate::quiz::parse::parse_quiz;

impl Compiler<'_> {
    /// The block a block piece stands for.
    pub(super) fn block_component(&mut self, unit: &Unit, piece: &Piece) -> Block {
        let tag = &piece.tag;
        let at = piece.at;
        match tag.name.as_str() {
            "Alert" => {
                let kind = match tag.attr("type") {
                    None => AlertKind::Info,
                    Some(name) => AlertKind::from_name(&name).unwrap_or_else(|| {
                        let message = format!(
                            "unknown Alert type \"{name}\": shown as info (known: info, success, warning, danger, export, tip, note)"
                        );
                        self.diagnostics.push(unit.warning(at, message));
                        AlertKind::Info
                    }),
                };
                Block::Alert {
                    kind,
                    title: tag.attr("title"),
                    icon: tag.attr("icon"),
                    children: self.children(unit, piece),
                }
            }
            "Partial" => self.partial(unit, piece),
            "Quiz" => self.quiz(unit, piece),
            "TabList" => {
                let children = self.children(unit, piece);
                let tabs = self.tabs(unit, at, children);
                Block::TabList { tabs }
            }
            "Tab" => Block::TabList {
                tabs: vec![Tab {
                    title: tag.attr("title").unwrap_or_default(),
                    id: tag
                        .attr("id")
                        .map(|id| self.tab_ids.claim(&id))
                        .unwrap_or_default(),
                    active: tag.flag("active"),
                    children: self.children(unit, piece),
                }],
            },
            "Accordion" => Block::Accordion {
                title: self.required(unit, piece, "title"),
                id: tag.attr("id"),
                icon: tag.attr("icon"),
                active: tag.flag("active"),
                children: self.children(unit, piece),
            },
            "Example" => Block::Example {
                class: tag.attr("class").or_else(|| tag.attr("className")),
                children: self.children(unit, piece),
            },
            "Youtube" => Block::Youtube {
                src: self.required(unit, piece, "src"),
                title: tag.attr("title"),
            },
            "Image" => {
                let path = self.required(unit, piece, "path");
                let (src, missing) = self.image(unit, at, &path);
                Block::Image(Image {
                    src,
                    alt: tag.attr("alt").unwrap_or_default(),
                    title: String::new(),
                    missing,
                })
            }
            "Download" => {
                let file = self.required(unit, piece, "file");
                let href = self.resolver.asset(unit.file, &file);
                if href.is_none() && !file.is_empty() {
                    let message = format!("download file \"{file}\" not found");
                    self.diagnostics.push(unit.warning(at, message));
                }
                let label = tag
                    .attr("text")
                    .unwrap_or_else(|| file.rsplit('/').next().unwrap_or(&file).to_string());
                Block::Download { file, href, label }
            }
            "Card" => Block::Card {
                title: tag.attr("title"),
                link: tag
                    .attr("link")
                    .and_then(|l| crate::safety::safe_url(&l, false)),
                children: self.children(unit, piece),
            },
            "CardGroup" => Block::CardGroup {
                children: self.children(unit, piece),
            },
            "Check" => Block::Check {
                children: self.children(unit, piece),
            },
            name => {
                self.unknown(unit, piece, &[]);
                Block::Unknown {
                    name: name.to_string(),
                    children: self.children(unit, piece),
                }
            }
        }
    }

    /// The inlines an inline piece stands for.
    pub(super) fn inline_component(&mut self, unit: &Unit, piece: &Piece) -> Vec<Inline> {
        let tag = &piece.tag;
        match tag.name.as_str() {
            "Icon" => vec![Inline::Icon {
                icon: self.required(unit, piece, "icon"),
                text: tag.attr("text"),
            }],
            "Popover" => {
                let content = tag
                    .attrs
                    .iter()
                    .find(|a| a.name == "content")
                    .map(|a| match &a.value {
                        super::tag::AttrValue::Text(raw) => raw.clone(),
                        _ => tag.attr("content").unwrap_or_default(),
                    })
                    .unwrap_or_default();
                vec![Inline::Popover {
                    title: self.required(unit, piece, "title"),
                    content: self.popover_content(unit, piece, &content),
                }]
            }
            _ => {
                let mut left_out = Vec::new();
                let inlines = self
                    .children(unit, piece)
                    .into_iter()
                    .flat_map(|child| inline_text(child, &mut left_out))
                    .collect();
                self.unknown(unit, piece, &left_out);
                inlines
            }
        }
    }

    /// A Popover's `content`, sanitised, its `<img>`s resolved from the
    /// file the Popover is in. Each image is reported at its own place when
    /// it is on the tag's first line, else at the tag.
    fn popover_content(&mut self, unit: &Unit, piece: &Piece, content: &str) -> Vec<Inline> {
        let fragment = html::parse(content);
        let start = piece.source.find(content);
        let mut images = fragment
            .images
            .iter()
            .map(|&offset| match start {
                Some(start) if !piece.source[..start + offset].contains('\n') => {
                    piece.at + start + offset
                }
                _ => piece.at,
            })
            .collect::<Vec<_>>()
            .into_iter();
        self.resolve_images(unit, fragment.nodes, &mut images)
    }

    /// Report an unknown component; `left_out` names what of its content
    /// cannot be shown where it stands.
    fn unknown(&mut self, unit: &Unit, piece: &Piece, left_out: &[String]) {
        if !KNOWN.contains(&piece.tag.name.as_str()) {
            let mut message = format!(
                "unknown component <{}>: its content is shown as is",
                piece.tag.name
            );
            if !left_out.is_empty() {
                message += &format!("; not shown inside a line of text: {}", left_out.join(", "));
            }
            self.diagnostics.push(unit.warning(piece.at, message));
        }
    }

    /// An attribute the component needs: reported when missing.
    fn required(&mut self, unit: &Unit, piece: &Piece, name: &str) -> String {
        piece.tag.attr(name).unwrap_or_else(|| {
            let message = format!("<{}> needs a `{name}` attribute", piece.tag.name);
            self.diagnostics.push(unit.error(piece.at, message));
            String::new()
        })
    }

    fn children(&mut self, unit: &Unit, piece: &Piece) -> Vec<Block> {
        match &piece.inner {
            Some(inner) => self.markdown(unit, inner),
            None => Vec::new(),
        }
    }

    /// The tabs of a TabList; other content is kept in the tab before it.
    fn tabs(&mut self, unit: &Unit, at: usize, children: Vec<Block>) -> Vec<Tab> {
        let mut tabs: Vec<Tab> = Vec::new();
        let mut stray = Vec::new();
        for block in children {
            match block {
                Block::TabList { tabs: inner } => tabs.extend(inner),
                other => match tabs.last_mut() {
                    Some(tab) => tab.children.push(other),
                    None => stray.push(other),
                },
            }
        }
        if !stray.is_empty() {
            let message = "content in a <TabList> before its first <Tab> is shown in the first tab";
            self.diagnostics.push(unit.warning(at, message));
            match tabs.first_mut() {
                Some(tab) => {
                    stray.append(&mut tab.children);
                    tab.children = stray;
                }
                None => tabs.push(Tab {
                    title: String::new(),
                    id: String::new(),
                    active: true,
                    children: stray,
                }),
            }
        }
        for (index, tab) in tabs.iter_mut().enumerate() {
            if tab.id.is_empty() {
                tab.id = self.tab_ids.claim(&format!("tab-{}", index + 1));
            }
        }
        tabs
    }

    fn partial(&mut self, unit: &Unit, piece: &Piece) -> Block {
        let file = self.required(unit, piece, "file");
        let block = |children| Block::Partial {
            file: file.clone(),
            children,
        };
        if file.is_empty() {
            return block(Vec::new());
        }
        if self.partial_chain.contains(&file) || self.partial_chain.len() >= MAX_PARTIAL_DEPTH {
            let chain = self.partial_chain.join(" -> ");
            let message = if self.partial_chain.contains(&file) {
                format!("partials include each other in a cycle: {chain} -> {file}")
            } else {
                format!("partials nest deeper than {MAX_PARTIAL_DEPTH}: {chain} -> {file}")
            };
            self.diagnostics.push(unit.error(piece.at, message));
            return block(Vec::new());
        }
        let loaded = match self.resolver.partial(&file) {
            Ok(loaded) => loaded,
            Err(looked) => {
                let message = format!("partial \"{file}\" not found ({looked})");
                self.diagnostics.push(unit.error(piece.at, message));
                return block(Vec::new());
            }
        };
        self.partial_chain.push(file.clone());
        let (_, children) = self.file(&loaded.path, &loaded.text);
        self.partial_chain.pop();
        block(children)
    }

    fn quiz(&mut self, unit: &Unit, piece: &Piece) -> Block {
        let file = self.required(unit, piece, "file");
        let stem = file.rsplit('/').next().unwrap_or(&file);
        let id = piece
            .tag
            .attr("id")
            .unwrap_or_else(|| stem.trim_end_matches(".toml").to_string());
        let empty = |id: String| {
            Block::Quiz(std::sync::Arc::new(crate::quiz::Quiz {
                id,
                file: file.clone(),
                multipart: Default::default(),
                questions: Vec::new(),
            }))
        };
        if file.is_empty() {
            return empty(id);
        }
        let loaded = match self.resolver.quiz(unit.file, &file) {
            Ok(loaded) => loaded,
            Err(looked) => {
                let message = format!("quiz file \"{file}\" not found ({looked})");
                self.diagnostics.push(unit.error(piece.at, message));
                return empty(id);
            }
        };
        let (quiz, diagnostics) = parse_quiz(&loaded.path, &id, &loaded.text);
        self.diagnostics.extend(diagnostics);
        let Some(mut quiz) = quiz else {
            return empty(id);
        };
        quiz.file = file.clone();
        let quiz_unit = Unit {
            file: &loaded.path,
            text: &loaded.text,
        };
        quiz.for_each_rich_mut(&mut |rich| {
            let at = loaded.text.find(rich.source.as_str()).unwrap_or(0);
            let mapped = MappedText::new(&rich.source, at);
            let saved_ids = std::mem::take(&mut self.heading_ids);
            rich.blocks = self.markdown(&quiz_unit, &mapped);
            self.heading_ids = saved_ids;
        });
        let quiz = std::sync::Arc::new(quiz);
        self.quiz_places.push(QuizPlace {
            quiz: quiz.clone(),
            file: unit.file.to_string(),
            at: unit.position(piece.at),
        });
        Block::Quiz(quiz)
    }
}

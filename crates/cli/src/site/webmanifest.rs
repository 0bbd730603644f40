//! `app.webmanifest`: what makes the guide installable as an app (name from
//! the guide, icons, start URL and scope of the site's folder, standalone
//! display, colours of the reader's light theme).

use serde::Serialize;

/// The web app manifest's file name (`manifest.json` is the guide's).
pub const FILE: &str = "app.webmanifest";

/// The reader's light background (`--primer-bg` in primer.css), used for
/// the title bar and the splash screen.
pub const BACKGROUND: &str = "#ffffff";

/// The icons in `www/icons/`, by (path, size, purpose).
pub const ICONS: [(&str, &str, &str); 3] = [
    ("icons/icon-192.png", "192x192", "any"),
    ("icons/icon-512.png", "512x512", "any"),
    ("icons/icon-maskable-512.png", "512x512", "maskable"),
];

/// Launchers show about 12 characters of a short name.
const SHORT_NAME_LEN: usize = 12;

#[derive(Serialize)]
struct WebManifest<'a> {
    name: &'a str,
    short_name: String,
    lang: &'a str,
    start_url: &'a str,
    scope: &'a str,
    display: &'a str,
    theme_color: &'a str,
    background_color: &'a str,
    icons: Vec<Icon<'a>>,
}

#[derive(Serialize)]
struct Icon<'a> {
    src: &'a str,
    sizes: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    purpose: &'a str,
}

/// The manifest of a guide titled `title`.
pub fn render(title: &str) -> Vec<u8> {
    let title = match title.trim() {
        "" => "Study guide",
        title => title,
    };
    let manifest = WebManifest {
        name: title,
        short_name: short_name(title),
        lang: "en",
        start_url: ".",
        scope: ".",
        display: "standalone",
        theme_color: BACKGROUND,
        background_color: BACKGROUND,
        icons: ICONS
            .iter()
            .map(|(src, sizes, purpose)| Icon {
                src,
                sizes,
                kind: "image/png",
                purpose,
            })
            .collect(),
    };
    let mut json = serde_json::to_vec_pretty(&manifest).unwrap_or_default();
    json.push(b'\n');
    json
}

/// The title's whole words that fit in a launcher's label (the start of
/// the first word when even it is too long).
fn short_name(title: &str) -> String {
    let mut short = String::new();
    for word in title.split_whitespace() {
        let candidate = if short.is_empty() {
            word.to_string()
        } else {
            format!("{short} {word}")
        };
        if candidate.chars().count() > SHORT_NAME_LEN {
            break;
        }
        short = candidate;
    }
    if short.is_empty() {
        short = title.trim().chars().take(SHORT_NAME_LEN).collect();
    }
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names() {
        for (title, short) in [
            ("WebOps Study Guide", "WebOps Study"),
            ("Caching", "Caching"),
            ("Internationalisation basics", "Internationa"),
            ("", ""),
        ] {
            assert_eq!(short_name(title), short, "{title:?}");
        }
    }

    #[test]
    fn fields() {
        let json: serde_json::Value =
            serde_json::from_slice(&render("A \"quoted\" guide")).unwrap();
        assert_eq!(json["name"], "A \"quoted\" guide");
        assert_eq!(json["start_url"], ".");
        assert_eq!(json["scope"], ".");
        assert_eq!(json["display"], "standalone");
        assert_eq!(json["icons"].as_array().unwrap().len(), 3);
        assert_eq!(json["icons"][2]["purpose"], "maskable");
        let untitled: serde_json::Value = serde_json::from_slice(&render(" ")).unwrap();
        assert_eq!(untitled["name"], "Study guide");
        assert_eq!(untitled["short_name"], "Study guide");
    }
}

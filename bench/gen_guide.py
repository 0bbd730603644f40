#!/usr/bin/env python3
"""Generate a synthetic study guide for benchmarking Primer against mdBook.

    python3 bench/gen_guide.py OUT_DIR --chapters N [--seed S]

Writes, deterministically (same N and seed -> byte-identical files):

  OUT_DIR/guide.toml                 id/title/partials folder
  OUT_DIR/NNNNN-chapter.md           N chapters, ~500 words each, with YAML
                                     frontmatter and MDX-style components
  OUT_DIR/partials/p-K.md            20 partials (p-10 includes p-20)

and the same content as an mdBook book:

  OUT_DIR-mdbook/book.toml           search and print page OFF (see below)
  OUT_DIR-mdbook/src/SUMMARY.md      lists every chapter
  OUT_DIR-mdbook/src/NNNNN-chapter.md  chapter body, frontmatter stripped,
                                     <Partial> tags replaced by the partial's
                                     body (recursively); other component tags
                                     (Alert, Icon) left as raw HTML, which
                                     mdBook passes through.

Each chapter is generated from its own RNG seeded with (seed, chapter number),
so chapter k is the same in a 1,000- and a 10,000-chapter guide (apart from
the last chapter's `nexturl`).

Standard library only.
"""

import argparse
import os
import random
import re
import shutil
import sys

NUM_PARTIALS = 20
NESTED_PARTIAL = 10  # p-10.md includes p-20.md
NESTED_TARGET = 20
TARGET_WORDS = 500

WORDS = """
account action agent alert analysis api application archive array asset
audit backup balance bandwidth branch browser buffer build bundle cache
certificate change channel checkout client clone cluster code commit
component config connection console container content context cookie
cron dashboard data database debug default delivery dependency deploy
design developer device diff directory disk domain download drupal edge
editor endpoint environment error event export feature field file filter
firewall folder form framework function gateway git guide handler header
health hook host image index input install instance integration interface
issue job key kernel label latency layer layout library limit link load
local lock log loop machine manager market memory merge message method
metric migration mode model module monitor mount network node object
option origin output owner package page panel parameter partial patch
path performance permission pipeline platform plugin policy pool port
process profile project protocol proxy publish query queue record
redirect region release remote replica report repository request resource
response review role route rule runtime schema scope script search secret
section server service session setting shell site snapshot source stack
stage state status storage stream switch system table tag task team
template terminal test theme thread token tool traffic trigger update
upload upstream user value variable version view volume webhook widget
window workflow workspace zone
""".split()

VERBS = """
add apply build cache check choose clear clone commit configure connect
create debug define delete deploy describe enable explain export fetch
find fix install list load manage measure merge migrate monitor move
open plan push read rebuild record refresh release remove rename restart
restore review run scale schedule select send serve set ship start stop
store sync test track trigger update upgrade upload verify watch write
""".split()

ADJECTIVES = """
active automatic basic careful central clean common complete custom daily
dedicated default dynamic early efficient empty external fast final global
hidden important initial internal large latest live local main manual
minimal modern multiple native new old open optional primary private
public quick remote reliable safe secure shared simple single slow small
stable static strict temporary typical unique upstream useful valid
""".split()

CONNECTIVES = [
    "and", "but", "so", "because", "while", "when", "before", "after",
    "then", "or", "although", "unless", "until", "since",
]

DETERMINERS = ["the", "a", "each", "every", "this", "that", "your", "our", "any"]

LANG_CMDS = ["terminus", "git", "composer", "drush", "wp", "npm", "cargo", "curl"]


def sentence(rng, lo=8, hi=18):
    """A plain sentence of lo..hi words, capitalised, ending with a period."""
    n = rng.randint(lo, hi)
    out = []
    while len(out) < n:
        r = rng.random()
        if r < 0.18:
            out.append(rng.choice(DETERMINERS))
        elif r < 0.32:
            out.append(rng.choice(ADJECTIVES))
        elif r < 0.48:
            out.append(rng.choice(VERBS))
        elif r < 0.55 and out:
            out.append(rng.choice(CONNECTIVES))
        else:
            out.append(rng.choice(WORDS))
    out[0] = out[0].capitalize()
    return " ".join(out) + rng.choice([".", ".", ".", ".", "?", "!"])


def title_words(rng, n):
    return " ".join(w.capitalize() for w in rng.sample(WORDS, n))


def decorate(rng, text, chapter, n_chapters):
    """Sprinkle inline Markdown (bold, italic, code, links) over plain words."""
    words = text.split(" ")
    for i in rng.sample(range(len(words)), min(len(words), rng.randint(1, 3))):
        w = words[i]
        if not w[-1:].isalpha():  # keep final punctuation outside the markup
            core, tail = w[:-1], w[-1]
        else:
            core, tail = w, ""
        if not core:
            continue
        kind = rng.random()
        if kind < 0.3:
            words[i] = f"**{core}**{tail}"
        elif kind < 0.55:
            words[i] = f"*{core}*{tail}"
        elif kind < 0.8:
            words[i] = f"`{core.lower()}`{tail}"
        elif kind < 0.9:
            target = rng.randint(1, n_chapters)
            words[i] = f"[{core}]({target:05d}-chapter.md){tail}"
        else:
            target = rng.randint(1, n_chapters)
            words[i] = f"[{core}](/guide/chapter-{target:05d}){tail}"
    return " ".join(words)


def paragraph(rng, chapter, n_chapters, lo=2, hi=4):
    return decorate(
        rng,
        " ".join(sentence(rng) for _ in range(rng.randint(lo, hi))),
        chapter,
        n_chapters,
    )


def bullet_list(rng, ordered=False, lo=3, hi=5):
    items = []
    for i in range(rng.randint(lo, hi)):
        marker = "1." if ordered else "*"
        items.append(f"{marker} {sentence(rng, 5, 11)}")
    return "\n".join(items)


def code_block(rng):
    lines = []
    for _ in range(rng.randint(2, 4)):
        cmd = rng.choice(LANG_CMDS)
        args = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3)))
        flag = rng.choice(["", " --yes", " -v", f" --env={rng.choice(['dev', 'test', 'live'])}"])
        lines.append(f"{cmd} {args}{flag}")
    return "```bash{promptUser: user}\n" + "\n".join(lines) + "\n```"


def table(rng):
    cols = [w.capitalize() for w in rng.sample(WORDS, 3)]
    rows = ["| " + " | ".join(cols) + " |", "|---|---|---|"]
    for _ in range(rng.randint(3, 5)):
        cells = [
            f"`{rng.choice(WORDS)}`",
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 4))),
            rng.choice(["Yes", "No", "Optional", str(rng.randint(1, 500))]),
        ]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def word_count(text):
    return len(re.findall(r"[A-Za-z]+", text))


def chapter_text(i, n, seed):
    """Return (title, frontmatter, body) for chapter i (1-based) of n."""
    rng = random.Random(f"primer-bench:{seed}:chapter:{i}")
    topic = title_words(rng, 2)
    title = f"{topic} {i:05d}"
    fm = [
        "---",
        f"title: {yaml_str(title)}",
        f"subtitle: {yaml_str(f'Chapter {i}: {topic}')}",
        f"description: {yaml_str(sentence(rng, 8, 12))}",
        f"permalink: guide/chapter-{i:05d}",
    ]
    if i > 1:
        fm.append(f"previousurl: /guide/chapter-{i - 1:05d}")
    if i < n:
        fm.append(f"nexturl: /guide/chapter-{i + 1:05d}")
    fm.append(f"tags: [{', '.join(rng.sample(WORDS, 3))}]")
    fm.append("showtoc: true")
    fm.append("---")

    partial = (i - 1) % NUM_PARTIALS + 1
    blocks = [
        '<Alert title="Learning Objectives" type="info">',
        f"**{title_words(rng, 3)}**",
        bullet_list(rng, lo=3, hi=4),
        "</Alert>",
        f"## {title_words(rng, 3)}",
        paragraph(rng, i, n),
        bullet_list(rng),
        paragraph(rng, i, n),
        f'<Partial file="p-{partial}.md" />',
        f"### {title_words(rng, 2)}",
        paragraph(rng, i, n, 1, 2)
        + ' Click <Icon icon="plus" text="Add" /> and then '
        + sentence(rng, 5, 9).lower(),
        code_block(rng),
        paragraph(rng, i, n),
        f"## {title_words(rng, 2)}",
        table(rng),
        paragraph(rng, i, n),
        bullet_list(rng, ordered=True),
    ]
    # Pad with prose sections up to ~TARGET_WORDS words of text.
    body = "\n\n".join(blocks)
    while word_count(body) < TARGET_WORDS:
        extra = [paragraph(rng, i, n)]
        if rng.random() < 0.35:
            extra.insert(0, f"### {title_words(rng, 2)}")
        body += "\n\n" + "\n\n".join(extra)
    return title, "\n".join(fm), body + "\n"


def partial_text(k, seed):
    """Return (frontmatter, body) for partial p-k.md."""
    rng = random.Random(f"primer-bench:{seed}:partial:{k}")
    fm = "\n".join([
        "---",
        "contenttype: [partial]",
        "categories: [bench]",
        "tags: [--]",
        'reviewed: ""',
        "---",
    ])
    parts = [paragraph(rng, 1, 1, 2, 3).replace("00001-chapter.md", "/guide/chapter-00001")]
    if k == NESTED_PARTIAL:
        parts.append(f'<Partial file="p-{NESTED_TARGET}.md" />')
    return fm, "\n\n".join(parts) + "\n"


PARTIAL_RE = re.compile(r'^[ \t]*<Partial\s+file="([^"]+)"\s*/>[ \t]*$', re.M)


def inline_partials(body, partial_bodies, depth=0):
    if depth > 10:
        raise RuntimeError("partial nesting too deep")

    def repl(m):
        return inline_partials(partial_bodies[m.group(1)], partial_bodies, depth + 1).rstrip("\n")

    return PARTIAL_RE.sub(repl, body)


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--chapters", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    if args.chapters < 1 or args.chapters > 99999:
        ap.error("--chapters must be between 1 and 99999")

    out = os.path.normpath(args.out_dir)
    mdbook = out + "-mdbook"
    for d in (out, mdbook):
        if os.path.exists(d):
            shutil.rmtree(d)
    os.makedirs(os.path.join(out, "partials"))
    os.makedirs(os.path.join(mdbook, "src"))

    write(
        os.path.join(out, "guide.toml"),
        'id = "bench"\ntitle = "Bench"\npartials = "partials"\n',
    )

    partial_bodies = {}
    for k in range(1, NUM_PARTIALS + 1):
        fm, body = partial_text(k, args.seed)
        write(os.path.join(out, "partials", f"p-{k}.md"), f"{fm}\n\n{body}")
        partial_bodies[f"p-{k}.md"] = body

    summary = ["# Summary", ""]
    guide_bytes = 0
    mdbook_bytes = 0
    for i in range(1, args.chapters + 1):
        title, fm, body = chapter_text(i, args.chapters, args.seed)
        name = f"{i:05d}-chapter.md"
        text = f"{fm}\n\n{body}"
        write(os.path.join(out, name), text)
        guide_bytes += len(text.encode())
        md = inline_partials(body, partial_bodies)
        write(os.path.join(mdbook, "src", name), md)
        mdbook_bytes += len(md.encode())
        summary.append(f"- [{title}](./{name})")
    write(os.path.join(mdbook, "src", "SUMMARY.md"), "\n".join(summary) + "\n")

    write(
        os.path.join(mdbook, "book.toml"),
        "\n".join([
            "# Generated by bench/gen_guide.py. Search indexing and the",
            "# all-chapters print page are OFF so mdBook does roughly the",
            "# per-chapter work Primer does (run.sh can turn search back on",
            "# with MDBOOK_OUTPUT__HTML__SEARCH__ENABLE=true).",
            "[book]",
            'title = "Bench"',
            'language = "en"',
            'src = "src"',
            "",
            "[build]",
            "create-missing = false",
            "",
            "[output.html]",
            "",
            "[output.html.search]",
            "enable = false",
            "",
            "[output.html.print]",
            "enable = false",
            "",
        ]),
    )

    partial_total = sum(
        os.path.getsize(os.path.join(out, "partials", f"p-{k}.md"))
        for k in range(1, NUM_PARTIALS + 1)
    )
    print(
        f"gen_guide: {args.chapters} chapters + {NUM_PARTIALS} partials -> {out} "
        f"({(guide_bytes + partial_total) / 1e6:.2f} MB Markdown); "
        f"mdBook copy -> {mdbook} ({mdbook_bytes / 1e6:.2f} MB, partials inlined, "
        f"search indexing OFF, print page OFF)",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()

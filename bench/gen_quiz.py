#!/usr/bin/env python3
"""Generate a guide with one big quiz, for the quiz benchmark (bench/quiz.sh).

    python3 bench/gen_quiz.py OUT_DIR [--questions N]

Writes, deterministically:

  OUT_DIR/guide.toml           id "quiz-bench", chapter order
  OUT_DIR/01-quiz.md           a chapter of prose ending in <Quiz file="quizzes/big.toml" />
  OUT_DIR/02-plain.md          the same chapter without the quiz (the peer)
  OUT_DIR/quizzes/big.toml     N questions (default 200), cycling through the
                               four kinds a learner answers: one choice (4
                               choices, shuffled per learner), several
                               choices (5 choices, 2 right), short answer,
                               tracing (alternately "prints" and "does not
                               compile"); each with an explanation, half with
                               a hint, every one tagged with an objective.

Standard library only.
"""

import argparse
import os

OBJECTIVES = [
    ("recall", "Recall what each caching header means."),
    ("apply", "Apply caching rules to a request."),
]

PROSE = """A cache keeps a copy of a response so that the next request for the same
thing is answered without doing the work again. Every layer between a visitor
and the origin can cache: the browser, a CDN edge, a reverse proxy, the
application's object cache and the database's buffer pool.

## Headers

`Cache-Control` says who may store a response and for how long. `max-age`
applies to every cache, `s-maxage` only to shared caches such as a CDN, and
`private` keeps the response out of shared caches altogether.

## Invalidation

A long lifetime is safe only when the content can be purged the moment it
changes. Purge the narrowest set you can: one URL, or one cache tag.
"""


def frontmatter(title, permalink, prev, nxt):
    lines = ["---", f"title: {title}", f"permalink: {permalink}"]
    if prev:
        lines.append(f"previousurl: /{prev}")
    if nxt:
        lines.append(f"nexturl: /{nxt}")
    lines.append("objectives:")
    for oid, text in OBJECTIVES:
        lines += [f"  - id: {oid}", f"    text: {text}"]
    lines.append("---")
    return "\n".join(lines) + "\n\n"


def toml_string(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"' + escaped + '"'


def question(i):
    n = i + 1
    objective = OBJECTIVES[i % len(OBJECTIVES)][0]
    head = [
        "[[questions]]",
        f'id = "q{n}"',
        f'objectives = ["{objective}"]',
    ]
    if i % 2 == 0:
        head.append(f"hint = {toml_string(f'Think about layer {n % 5 + 1}.')}")
    kind = i % 4
    if kind == 0:
        body = [
            'type = "MultipleChoice"',
            f"prompt.prompt = {toml_string(f'Question {n}: which cache answers **first**?')}",
            f'prompt.distractors = ["Origin {n}", "Database {n}", "Object cache {n}"]',
            f'answer.answer = "Browser {n}"',
        ]
    elif kind == 1:
        body = [
            'type = "MultipleChoice"',
            f"prompt.prompt = {toml_string(f'Question {n}: which of these are shared caches? Select all that apply.')}",
            f'prompt.distractors = ["Browser {n}", "OPcache {n}", "Buffer pool {n}"]',
            f'answer.answer = ["CDN edge {n}", "Reverse proxy {n}"]',
        ]
    elif kind == 2:
        body = [
            'type = "ShortAnswer"',
            f"prompt.prompt = {toml_string(f'Question {n}: which directive keeps a page out of shared caches?')}",
            'answer.answer = "private"',
            'answer.alternatives = ["Cache-Control: private"]',
        ]
    elif (i // 4) % 2 == 0:
        body = [
            'type = "Tracing"',
            f"prompt.program = {toml_string(f'hits = {n}' + chr(10) + 'print(hits * 2)' + chr(10))}",
            "answer.doesCompile = true",
            f'answer.stdout = "{n * 2}"',
        ]
    else:
        body = [
            'type = "Tracing"',
            f"prompt.program = {toml_string('def ttl()' + chr(10) + f'    return {n}' + chr(10))}",
            "answer.doesCompile = false",
            "answer.lineNumber = 1",
        ]
    context = f"context = {toml_string(f'Explanation {n}: `s-maxage` is for shared caches.')}"
    return "\n".join(head + body + [context]) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--questions", type=int, default=200)
    args = parser.parse_args()
    os.makedirs(os.path.join(args.out, "quizzes"), exist_ok=True)

    def write(name, text):
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
            f.write(text)

    write(
        "guide.toml",
        'id = "quiz-bench"\ntitle = "Quiz benchmark"\nchapters = ["01-quiz.md", "02-plain.md"]\n',
    )
    write(
        "01-quiz.md",
        frontmatter("Caching quiz", "bench/quiz", None, "bench/plain")
        + PROSE
        + '\n## Quiz\n\n<Quiz file="quizzes/big.toml" />\n',
    )
    write(
        "02-plain.md",
        frontmatter("Caching without a quiz", "bench/plain", "bench/quiz", None) + PROSE,
    )
    write("quizzes/big.toml", "\n".join(question(i) for i in range(args.questions)))
    print(f"{args.out}: a quiz of {args.questions} questions", flush=True)


if __name__ == "__main__":
    main()

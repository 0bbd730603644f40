//! [`Decode`](super::Decode) for quizzes, learner responses and grades.

use super::Placeholder;
use crate::quiz::grade::{Grade, GradeDetail};
use crate::quiz::{
    MultipleChoice, Question, QuestionKind, Quiz, Response, ResponseSize, Rich, ShortAnswer,
    Tracing,
};

impl Placeholder for Rich {
    fn placeholder() -> Self {
        Rich::default()
    }
}

impl Placeholder for ResponseSize {
    fn placeholder() -> Self {
        ResponseSize::default()
    }
}

impl Placeholder for QuestionKind {
    fn placeholder() -> Self {
        QuestionKind::ShortAnswer(ShortAnswer {
            prompt: Rich::default(),
            response: ResponseSize::default(),
            answer: String::new(),
            alternatives: Vec::new(),
        })
    }
}

impl Placeholder for GradeDetail {
    fn placeholder() -> Self {
        GradeDetail::WrongShape
    }
}

decode_struct!(Rich {
    source: required,
    blocks: or_default
});

decode_struct!(Quiz {
    id: required,
    file: required,
    multipart: or_default,
    questions: required
});

decode_struct!(Question {
    id: required,
    derived_id: or_default,
    kind: required,
    context: optional,
    multipart: optional,
    prompt_explanation: optional,
    objectives: or_default,
    hint: optional,
    fingerprint: required,
});

// No `rename_all` on this enum: the tags are the variant names.
decode_enum!(QuestionKind {
    "MultipleChoice" => MultipleChoice(_),
    "ShortAnswer" => ShortAnswer(_),
    "Tracing" => Tracing(_),
});

decode_struct!(MultipleChoice {
    prompt: required,
    answers: required,
    distractors: required,
    multiple: or_default,
    answer_index: optional,
    sort_answers: or_default,
    feedback: or_default,
});

decode_enum!(ResponseSize {
    "short" => Short,
    "long" => Long,
    "code" => Code,
});

decode_struct!(ShortAnswer {
    prompt: required,
    response: or_default,
    answer: required,
    alternatives: or_default,
});

decode_struct!(Tracing {
    program: required,
    prompt: optional,
    does_compile: required,
    stdout: optional,
    line_number: optional,
});

decode_enum!(Response {
    "choices" => Choices { chosen: required },
    "text" => Text { text: required },
    "tracing" => Tracing { compiles: required, stdout: optional, line: optional },
});

decode_struct!(Grade {
    correct: required,
    detail: required
});

// `matched` and `detail_correct` are always written (as `null` when `None`).
decode_enum!(GradeDetail {
    "choices" => Choices { wrong: required, missed: required },
    "text" => Text { matched: optional },
    "tracing" => Tracing { verdict_correct: required, detail_correct: optional },
    "wrong_shape" => WrongShape,
});

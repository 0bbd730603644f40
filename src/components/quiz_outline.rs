//! A chapter's quiz shown as its list of questions (answering them in the
//! page is the quiz widget's job).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuizOutlineProps {
    pub id: String,
    pub prompts: Vec<Html>,
}

#[function_component]
pub fn QuizOutline(props: &QuizOutlineProps) -> Html {
    let heading = format!("quiz-{}", props.id);
    html! {
        <section class="quiz" aria-labelledby={heading.clone()}>
            <h2 id={heading}>{format!("Quiz: {} question{}", props.prompts.len(), if props.prompts.len() == 1 { "" } else { "s" })}</h2>
            <ol class="quiz-questions">
                {for props.prompts.iter().map(|prompt| html! { <li>{prompt.clone()}</li> })}
            </ol>
        </section>
    }
}

//! Primer reader app (issue 3 builds the Yew components here).

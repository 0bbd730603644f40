//! Pages of the reader: a chapter (the only page so far).

pub mod chapter;

//! The content compiler.

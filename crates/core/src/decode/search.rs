//! [`Decode`](super::Decode) for the search index.

use crate::search::{IndexedChapter, SearchIndex, Section};

decode_struct!(SearchIndex {
    version: required,
    chapters: required
});

decode_struct!(IndexedChapter {
    permalink: required,
    title: required,
    sections: required
});

decode_struct!(Section {
    id: or_default,
    heading: or_default,
    text: required
});

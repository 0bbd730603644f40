//! Routes read from the address bar: the hash with hash routing, the path
//! under a base with history routing.

use primer::links::Routing;
use primer::route::{self, Route};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
fn hash_route_is_read_from_the_address_bar() {
    let location = gloo::utils::window().location();
    let before = location.hash().unwrap();
    location
        .set_hash("/study-guide/caching#time-to-live")
        .unwrap();
    assert_eq!(
        route::current(&Routing::Hash),
        Route {
            permalink: Some("study-guide/caching".into()),
            heading: Some("time-to-live".into())
        }
    );
    location.set_hash("/study-guide/a%20b").unwrap();
    assert_eq!(
        route::current(&Routing::Hash).permalink.as_deref(),
        Some("study-guide/a b")
    );
    location.set_hash(&before).unwrap();
}

#[wasm_bindgen_test]
fn history_route_is_read_from_the_path() {
    let window = gloo::utils::window();
    let history = window.history().unwrap();
    let before = window.location().href().unwrap();
    history
        .replace_state_with_url(
            &JsValue::NULL,
            "",
            Some("/docs/guide/study-guide/caching#ttl"),
        )
        .unwrap();
    let routing = Routing::History {
        base: "/docs/guide/".into(),
    };
    let route = route::current(&routing);
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&before))
        .unwrap();
    assert_eq!(
        route,
        Route {
            permalink: Some("study-guide/caching".into()),
            heading: Some("ttl".into())
        }
    );
}

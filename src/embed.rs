//! Living in someone else's page: the URLs of this view (for the embed code and for "open full
//! explorer") and, in embed mode, telling the parent page our height so that `public/embed.js`
//! can size the iframe to its content.

use crate::state::Filters;
use leptos::prelude::*;

/// The message `public/embed.js` listens for.
pub const HEIGHT_MESSAGE: &str = "news-explorer:height";

/// This page's address without its hash (works for `http(s)://` and `file://` alike).
pub fn page_url() -> String {
    let href = window().location().href().unwrap_or_default();
    match href.find('#') {
        Some(i) => href[..i].to_owned(),
        None => href,
    }
}

/// The folder of this page, where `embed.js` sits next to `index.html`.
fn site_url(page: &str) -> &str {
    page.rfind('/').map_or(page, |i| &page[..=i])
}

/// The same view outside the iframe, with the full chrome.
pub fn full_view_url(f: &Filters) -> String {
    format!("{}{}", page_url(), Filters { embed: false, ..f.clone() }.to_hash())
}

/// The HTML a blog pastes to show the current view: an iframe in embed mode, and the resizer.
pub fn embed_code(f: &Filters) -> String {
    let page = page_url();
    let src = format!("{page}{}", Filters { embed: true, quote: None, ..f.clone() }.to_hash());
    format!(
        "<iframe src=\"{}\" title=\"News corpus explorer\" loading=\"lazy\" \
         style=\"width:100%;height:640px;border:1px solid #ccc;border-radius:6px\"></iframe>\n\
         <script src=\"{}embed.js\" defer></script>",
        attr(&src),
        attr(site_url(&page)),
    )
}

/// Escapes a value for a double-quoted HTML attribute.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}

/// Posts the height of `.app` to the parent page whenever it changes. Does nothing at top level.
pub fn report_height() {
    use wasm_bindgen::prelude::*;
    let win = window();
    let Ok(Some(parent)) = win.parent() else { return };
    if JsValue::from(&parent) == JsValue::from(&win) {
        return;
    }
    let Some(app) = document().query_selector(".app").ok().flatten() else { return };
    let measured = app.clone();
    let post = Closure::<dyn Fn()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        // The height is no secret, and the embedding page's origin is not ours to know.
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&app);
    }
    // Both live as long as the page.
    post.forget();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_url_is_the_folder_of_the_page() {
        assert_eq!(site_url("https://u.github.io/repo/index.html"), "https://u.github.io/repo/");
        assert_eq!(site_url("https://u.github.io/repo/"), "https://u.github.io/repo/");
        assert_eq!(site_url("file:///home/me/explorer.html"), "file:///home/me/");
    }

    #[test]
    fn attributes_cannot_be_broken_out_of() {
        assert_eq!(attr(r#"a"b&c<d"#), "a&quot;b&amp;c&lt;d");
    }
}

//! The page foot: the embed code for the current view, and the single-file download.

use crate::app::use_app;
use crate::embed::embed_code;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Set by the single-file page (see `bundle`): there is no other file to download.
fn is_single_file() -> bool {
    js_sys::Reflect::get(&window(), &"__EXPLORER_SINGLE_FILE__".into()).is_ok_and(|v| v.is_truthy())
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    let app = use_app();
    let code = Memo::new(move |_| app.filters.with(embed_code));
    let (status, set_status) = signal("");
    let copy = move |_| {
        let text = code.get_untracked();
        // No clipboard outside secure contexts: the code stays selected for a manual copy.
        let select = || {
            if let Some(area) = document().get_element_by_id("embed-code") {
                use wasm_bindgen::JsCast;
                if let Ok(area) = area.dyn_into::<web_sys::HtmlTextAreaElement>() {
                    area.select();
                }
            }
        };
        let navigator = window().navigator();
        let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined());
        if !has_clipboard {
            select();
            set_status.set("Selected: press Ctrl+C (or ⌘C) to copy.");
            return;
        }
        let promise = navigator.clipboard().write_text(&text);
        spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => set_status.set("Copied to the clipboard."),
                Err(_) => {
                    select();
                    set_status.set("The browser refused the clipboard. Selected: press Ctrl+C (or ⌘C) to copy.");
                }
            }
        });
    };
    view! {
        <footer class="site-foot">
            <details class="share">
                <summary>"Embed this view in a blog post"</summary>
                <p class="small muted">
                    "Paste this into your page: the iframe shows the current view with its filters, and the script sizes it to its content."
                </p>
                <label class="visually-hidden" for="embed-code">"Embed code"</label>
                <textarea id="embed-code" readonly rows="4" spellcheck="false" prop:value=move || code.get()></textarea>
                <div class="share-actions">
                    <button type="button" on:click=copy>"Copy embed code"</button>
                    <span class="small" role="status">{move || status.get()}</span>
                </div>
            </details>
            {(!is_single_file()).then(|| view! {
                <p class="small">
                    <a href="explorer.html" download="explorer.html">"Download as one file"</a>
                    <span class="muted">" — the whole explorer in one HTML file that opens from disk, with no server."</span>
                </p>
            })}
        </footer>
    }
}

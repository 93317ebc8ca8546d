//! CSV and JSON of what is on screen (pure, tested natively), and the browser download.

use crate::index::{Index, QuoteRef};
use crate::store::Loaded;
use corpus::pack::QuoteText;
use corpus::ArticleId;

/// One CSV field: quoted when needed; a leading `= + - @` (a spreadsheet formula) is defused
/// with an apostrophe.
pub fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_owned() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn csv(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for row in rows {
        let line: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A JSON string literal.
pub fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_opt(s: Option<&str>) -> String {
    s.map(json_str).unwrap_or_else(|| "null".into())
}

pub fn articles_csv(ix: &Index, ids: &[ArticleId]) -> String {
    let mut rows = vec![["file", "title", "outlet", "date", "url", "actors", "quotations"].map(String::from).to_vec()];
    for &id in ids {
        let a = ix.article(id);
        let actors: Vec<&str> = a.actors.iter().map(|&x| ix.actor_name(x)).collect();
        rows.push(vec![
            a.file.clone(),
            a.title.clone().unwrap_or_default(),
            ix.outlet(id).unwrap_or_default().to_owned(),
            a.date.map(|d| d.to_string()).unwrap_or_default(),
            a.url.clone().unwrap_or_default(),
            actors.join("; "),
            a.quotes.len().to_string(),
        ]);
    }
    csv(&rows)
}

pub fn articles_json(ix: &Index, ids: &[ArticleId]) -> String {
    let items: Vec<String> = ids
        .iter()
        .map(|&id| {
            let a = ix.article(id);
            let actors: Vec<String> = a.actors.iter().map(|&x| json_str(ix.actor_name(x))).collect();
            format!(
                "{{\"file\":{},\"title\":{},\"outlet\":{},\"date\":{},\"url\":{},\"actors\":[{}],\"quotations\":{}}}",
                json_str(&a.file),
                json_opt(a.title.as_deref()),
                json_opt(ix.outlet(id)),
                json_opt(a.date.map(|d| d.to_string()).as_deref()),
                json_opt(a.url.as_deref()),
                actors.join(","),
                a.quotes.len()
            )
        })
        .collect();
    format!("[\n{}\n]\n", items.join(",\n"))
}

/// The words and place of each of `quotes`, from their card chunks (fetched when need be).
pub fn quote_texts(quotes: &[QuoteRef]) -> Loaded<Vec<QuoteText>> {
    let mut texts = Vec::with_capacity(quotes.len());
    let mut waiting = false;
    for &r in quotes {
        // Every missing chunk is asked for in this one pass, so they arrive together.
        match crate::store::card(r.article) {
            Loaded::Ready(c) => match c.get().quotes.get(r.index as usize) {
                Some(q) => texts.push(q.clone()),
                None => return Loaded::Failed(format!("quotation {} of article {} is missing", r.index, r.article)),
            },
            Loaded::Pending => waiting = true,
            Loaded::Failed(e) => return Loaded::Failed(e),
        }
    }
    if waiting {
        Loaded::Pending
    } else {
        Loaded::Ready(texts)
    }
}

/// The statement a quotation shares with others, or "" when it is reported once.
fn statement(q: &corpus::pack::QuoteEntry) -> String {
    q.statement.map(|s| s.to_string()).unwrap_or_default()
}

/// `quotes` with their `texts` (as [`quote_texts`] gives them).
pub fn quotes_csv(ix: &Index, quotes: &[QuoteRef], texts: &[QuoteText]) -> String {
    let mut rows =
        vec![["speaker", "quotation", "file", "title", "outlet", "date", "statement", "start", "end"].map(String::from).to_vec()];
    for (&r, t) in quotes.iter().zip(texts) {
        let a = ix.article(r.article);
        let q = ix.quote(r);
        rows.push(vec![
            q.speaker.map(|s| ix.actor_name(s).to_owned()).unwrap_or_default(),
            t.text.clone(),
            a.file.clone(),
            a.title.clone().unwrap_or_default(),
            ix.outlet(r.article).unwrap_or_default().to_owned(),
            a.date.map(|d| d.to_string()).unwrap_or_default(),
            statement(q),
            t.span.start.to_string(),
            t.span.end.to_string(),
        ]);
    }
    csv(&rows)
}

pub fn quotes_json(ix: &Index, quotes: &[QuoteRef], texts: &[QuoteText]) -> String {
    let items: Vec<String> = quotes
        .iter()
        .zip(texts)
        .map(|(&r, t)| {
            let a = ix.article(r.article);
            let q = ix.quote(r);
            format!(
                "{{\"speaker\":{},\"quotation\":{},\"file\":{},\"title\":{},\"outlet\":{},\"date\":{},\"statement\":{},\"start\":{},\"end\":{}}}",
                json_opt(q.speaker.map(|s| ix.actor_name(s))),
                json_str(&t.text),
                json_str(&a.file),
                json_opt(a.title.as_deref()),
                json_opt(ix.outlet(r.article)),
                json_opt(a.date.map(|d| d.to_string()).as_deref()),
                q.statement.map_or("null".to_string(), |s| s.to_string()),
                t.span.start,
                t.span.end
            )
        })
        .collect();
    format!("[\n{}\n]\n", items.join(",\n"))
}

/// Offers `content` as a file download (Blob + object URL).
pub fn download(name: &str, mime: &str, content: &str) {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    let parts = js_sys::Array::new();
    parts.push(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(el) = document.create_element("a") {
        if let Ok(a) = el.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            a.set_hidden(true);
            if let Some(body) = document.body() {
                let _ = body.append_child(&a);
                a.click();
                let _ = body.remove_child(&a);
            }
        }
    }
    // Revoke after the browser has started the download.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::tests::sample;

    #[test]
    fn csv_quotes_and_defuses() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
    }

    #[test]
    fn json_escapes() {
        assert_eq!(json_str("a\"b\\c\n</script>"), "\"a\\\"b\\\\c\\n\\u003c/script>\"");
    }

    #[test]
    fn exports_list_what_is_shown() {
        let ix = sample();
        let csv = articles_csv(&ix, &[1, 0]);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[1].starts_with("b.txt,Lavrov in Minsk,Outlet,2022-04,,Sergei Lavrov; Russia,1"), "{}", lines[1]);
        let json = articles_json(&ix, &[0]);
        assert!(json.contains("\"actors\":[\"Maria Zakharova\",\"Russia\"]"), "{json}");
        let quotes = ix.quotes_in(&crate::index::BitSet::full(4));
        let texts = vec![QuoteText { text: "no deal".into(), span: corpus::Span::new(1, 8) }; quotes.len()];
        let q = quotes_json(&ix, &quotes, &texts);
        assert_eq!(q.matches("\"quotation\":\"no deal\"").count(), 2);
        assert!(q.contains("\"statement\":0,\"start\":1,\"end\":8"), "{q}");
        assert!(quotes_csv(&ix, &[], &[]).starts_with("speaker,quotation"));
    }
}

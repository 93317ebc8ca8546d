//! The date filter: from/to inputs, the monthly timeline (click a month or drag over several to
//! set the range), and the explicit choice for undated articles.

use crate::app::{plural, update, use_app};
use crate::index::{month_of, MONTHS};
use crate::state::{Day, Undated};
use leptos::prelude::*;

/// One end of the range: `end` is the "to" side, which takes the last day a partial date may mean.
#[component]
fn DateInput(label: &'static str, id: &'static str, end: bool) -> impl IntoView {
    let app = use_app();
    let value = move || app.filters.with(|f| if end { f.to } else { f.from }.map(Day::iso).unwrap_or_default());
    view! {
        <label>
            {label}
            <input
                type="date"
                id=id
                prop:value=value
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if end {
                        update(|f| f.to = Day::parse_end(&v));
                    } else {
                        update(|f| f.from = Day::parse_start(&v));
                    }
                }
            />
        </label>
    }
}

#[component]
pub fn DateFilter() -> impl IntoView {
    let app = use_app();
    let ix = crate::app::ix();
    let undated_here = Memo::new(move |_| app.undated_free.with(|s| s.and(&ix.undated).count()));
    let undated_value = move || app.filters.with(|f| f.undated.as_str());
    let year_only = move || {
        let n = app.undated_free.with(|s| s.and(&ix.year_only).count());
        (n > 0).then(|| view! { <p class="muted small">{plural(n, "article is", "articles are")} " dated only to the year (not on the timeline)."</p> })
    };
    view! {
        <fieldset class="dates">
            <legend>"Date"</legend>
            <div class="date-inputs">
                <DateInput label="From" id="date-from" end=false />
                <DateInput label="To" id="date-to" end=true />
            </div>
            <Timeline />
            {year_only}
            <label class="undated">
                <span>"Undated articles"</span>
                <select
                    id="undated"
                    prop:value=undated_value
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        update(|f| f.undated = Undated::parse(&v).unwrap_or_default());
                    }
                >
                    <option value="include" selected=move || undated_value() == "include">
                        {move || format!("Include ({})", undated_here.get())}
                    </option>
                    <option value="exclude" selected=move || undated_value() == "exclude">"Exclude"</option>
                    <option value="only" selected=move || undated_value() == "only">"Show only undated"</option>
                </select>
            </label>
        </fieldset>
    }
}

// The timeline's geometry in hundredths of an SVG user unit: integers, printed by `units`, so
// the wasm carries no float formatting (about 10 KB of code).
const W: u32 = 32_000;
const H: u32 = 6_400;
const BASE: u32 = 4_800;

/// Hundredths of a user unit as an SVG number ("12.5" for 1250).
fn units(v: u32) -> String {
    match v % 100 {
        0 => (v / 100).to_string(),
        r => format!("{}.{:02}", v / 100, r),
    }
}

#[component]
pub fn Timeline() -> impl IntoView {
    let app = use_app();
    let ix = crate::app::ix();
    let Some((lo, hi)) = ix.month_span else {
        return view! { <p class="muted small timeline-empty">"No article is dated to the month yet, so there is no timeline."</p> }
            .into_any();
    };
    let n = (hi - lo + 1) as usize;
    let bw = W / n as u32;
    let drag = RwSignal::new(None::<(usize, usize)>);
    let month_at = move |ev: &web_sys::PointerEvent| -> usize {
        use wasm_bindgen::JsCast;
        let Some(el) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return 0 };
        let r = el.get_bounding_client_rect();
        let frac = ((ev.client_x() as f64 - r.left()) / r.width().max(1.0)).clamp(0.0, 0.9999);
        (frac * n as f64) as usize
    };
    // The selected month range, from the filters or the drag in progress.
    let selected = Memo::new(move |_| -> Option<(usize, usize)> {
        if let Some((a, b)) = drag.get() {
            return Some((a.min(b), a.max(b)));
        }
        app.filters.with(|f| {
            if f.from.is_none() && f.to.is_none() {
                return None;
            }
            let key = |d: Day| crate::index::month_key(d.year, d.month);
            let a = f.from.map(key).unwrap_or(0).max(lo);
            let b = f.to.map(key).unwrap_or(u32::MAX).min(hi);
            if a > b {
                Some((usize::MAX, usize::MAX))
            } else {
                Some(((a - lo) as usize, (b - lo) as usize))
            }
        })
    });
    // Built once: a filter change rewrites only the attributes and titles whose values moved,
    // instead of rebuilding some 300 SVG nodes (BENCHMARKS.md, "Redrawing less").
    let max = Memo::new(move |_| app.histogram.with(|h| h.iter().copied().max().unwrap_or(0).max(1)));
    let bars = (0..n)
        .map(|i| {
            let count = Memo::new(move |_| app.histogram.with(|h| h.get(i).copied().unwrap_or(0)));
            let height = move || match count.get() {
                0 => 0,
                c => (c * (BASE - 400) / max.get()).max(200),
            };
            let class = move || match selected.get() {
                None => "bar",
                Some((a, b)) if i >= a && i <= b => "bar in",
                Some(_) => "bar out",
            };
            let (y, m) = month_of(lo + i as u32);
            let label = move || format!("{} {y}: {}", MONTHS[(m - 1) as usize], plural(count.get() as usize, "article", "articles"));
            view! {
                <g class=class>
                    <rect class="slot" x=units(i as u32 * bw) y="0" width=units(bw) height=units(BASE)></rect>
                    <rect class="fill" x=units(i as u32 * bw + bw * 12 / 100) y=move || units(BASE - height())
                        width=units(bw * 76 / 100) height=move || units(height())></rect>
                    <title>{label}</title>
                </g>
            }
        })
        .collect::<Vec<_>>();
    // Year labels at the first month and every January, thinned when crowded.
    let step = n.div_ceil(8).max(1);
    let labels = (0..n)
        .filter(|&i| {
            let (_, m) = month_of(lo + i as u32);
            i == 0 || m == 1
        })
        .enumerate()
        .filter(|(k, _)| k % step.div_ceil(12).max(1) == 0)
        .map(|(_, i)| {
            let (y, m) = month_of(lo + i as u32);
            let text = if n <= 12 || i == 0 { format!("{} {y}", MONTHS[(m - 1) as usize]) } else { y.to_string() };
            // A label too near the right edge ends there rather than being cut off.
            let x = i as u32 * bw + 100;
            let (x, anchor) = if x + text.len() as u32 * 500 > W { (W, "end") } else { (x, "start") };
            view! { <text x=units(x) y=units(H - 200) text-anchor=anchor>{text}</text> }
        })
        .collect::<Vec<_>>();
    let commit = move |a: usize, b: usize| {
        let (a, b) = (a.min(b), a.max(b));
        let (y1, m1) = month_of(lo + a as u32);
        let (y2, m2) = month_of(lo + b as u32);
        update(|f| {
            f.from = Day::parse_start(&format!("{y1:04}-{m1:02}"));
            f.to = Day::parse_end(&format!("{y2:04}-{m2:02}"));
        });
    };
    let (first_y, first_m) = month_of(lo);
    let (last_y, last_m) = month_of(hi);
    let summary = format!(
        "Articles per month, {} {first_y} to {} {last_y}. Click a month or drag across months to set the date range.",
        MONTHS[(first_m - 1) as usize],
        MONTHS[(last_m - 1) as usize]
    );
    view! {
        <div class="timeline">
            <svg
                viewBox=format!("0 0 {} {}", units(W), units(H))
                role="img"
                aria-label=summary.clone()
                data-testid="timeline"
                on:pointerdown=move |ev| {
                    ev.prevent_default();
                    if let Some(el) = ev.current_target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()) {
                        let _ = el.set_pointer_capture(ev.pointer_id());
                    }
                    let m = month_at(&ev);
                    drag.set(Some((m, m)));
                }
                on:pointermove=move |ev| {
                    if let Some((a, _)) = drag.get_untracked() {
                        let m = month_at(&ev);
                        drag.set(Some((a, m)));
                    }
                }
                on:pointerup=move |ev| {
                    if let Some((a, _)) = drag.get_untracked() {
                        let m = month_at(&ev);
                        drag.set(None);
                        commit(a, m);
                    }
                }
                on:pointercancel=move |_| drag.set(None)
            >
                <g class="bars">{bars}</g>
                <line class="axis" x1="0" x2=units(W) y1=units(BASE + 50) y2=units(BASE + 50)></line>
                <g class="labels">{labels}</g>
            </svg>
            <p class="muted small">"Click a month or drag across months to choose the range."</p>
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::units;

    #[test]
    fn units_print_hundredths_as_svg_numbers() {
        assert_eq!([units(0), units(32_000), units(1_250), units(7), units(4_805)], ["0", "320", "12.50", "0.07", "48.05"]);
    }
}

//! The SOP flow table, drawn as the paper SOP draws it: one lane per actor, a symbol per
//! step (oval start/end, rectangle activity, diamond decision), arrows between them; with
//! the steps done, the current step and the path taken marked (`app::flow`). On narrow
//! screens the stylesheet shows the same rows as a vertical list instead of the drawing.

use leptos::prelude::*;

use crate::app::flow::{time_text, Layout, Marks};
use crate::core::sop::{Shape, Sop};
use crate::i18n::Lang;

#[component]
pub fn FlowTable(
    #[prop(into)] sop: Signal<Sop>,
    #[prop(into)] marks: Signal<Marks>,
    #[prop(into)] lang: Signal<Lang>,
) -> impl IntoView {
    let layout = Memo::new(move |_| Layout::of(&sop.get()));
    let s = move || lang.get().strings();
    let header = move || {
        let sop = sop.get();
        let s = s();
        view! {
            <div class="alur-kepala" role="row">
                <span role="columnheader">{s.flow.no}</span>
                <span role="columnheader">{s.flow.activity}</span>
                <span role="columnheader" class="alur-pelaksana">
                    {sop.actors().iter().map(|a| view! { <span title=a.name.clone()>{a.short.clone()}</span> }).collect_view()}
                </span>
                <span role="columnheader">{s.flow.quality}</span>
            </div>
        }
    };
    // The rows and the drawing are built per SOP and language; a step done only changes
    // the classes and words that `marks` drives, never rebuilds the table.
    let rows =
        move || {
            let sop = sop.get();
            let lang = lang.get();
            sop.steps()
            .iter()
            .map(|step| {
                let no = step.no;
                let actor = sop.actor(&step.actor).map(|a| a.short.clone()).unwrap_or_default();
                let state = move || marks.with(|m| m.mark(no).class());
                let state_text = move || marks.with(|m| m.words(no, lang));
                view! {
                    <div class=move || format!("alur-baris {}", state()) role="row" data-langkah=no>
                        <span class="alur-no" role="cell">{no}</span>
                        <span class="alur-uraian" role="cell">
                            {step.activity.clone()}
                            <span class="alur-aktor">{actor}</span>
                            <span class="alur-keadaan">{state_text}</span>
                        </span>
                        <span class="alur-mutu" role="cell">
                            <span>{step.inputs.join(", ")}</span>
                            <span class="alur-waktu">{time_text(step.time, lang)}</span>
                            <span>"→ "{step.output.join(", ")}</span>
                            {step.note.clone().map(|n| view! { <span class="alur-ket">{n}</span> })}
                        </span>
                    </div>
                }
            })
            .collect_view()
        };
    let drawing = move || {
        let layout = layout.get();
        let arrows = layout
            .arrows
            .iter()
            .map(|a| {
                let edge = (a.from, a.to);
                let class = move || {
                    if marks.with(|m| m.taken.contains(&edge)) {
                        "panah diambil"
                    } else {
                        "panah"
                    }
                };
                let label = a.label.clone().map(|text| {
                    view! { <text class="label-cabang" x=a.label_at.0 y=a.label_at.1>{text}</text> }
                });
                view! {
                    <path class=class d=a.d.clone() marker-end="url(#ujung)"></path>
                    {label}
                }
            })
            .collect_view();
        let symbols = layout
            .symbols
            .iter()
            .map(|sym| {
                let step = sym.step;
                let class = move || format!("simbol {}", marks.with(|m| m.mark(step).class()));
                let (x, y, w, h) = (sym.x, sym.y, sym.w, sym.h);
                let shape = match sym.shape {
                    Shape::Start | Shape::End => view! {
                        <rect x=x - w / 2.0 y=y - h / 2.0 width=w height=h rx=h / 2.0></rect>
                    }
                    .into_any(),
                    Shape::Activity => view! {
                        <rect x=x - w / 2.0 y=y - h / 2.0 width=w height=h rx=2></rect>
                    }
                    .into_any(),
                    Shape::Decision => view! {
                        <polygon points=format!(
                            "{},{} {},{} {},{} {},{}",
                            x, y - h / 2.0 - 6.0, x + w / 2.0, y, x, y + h / 2.0 + 6.0, x - w / 2.0, y
                        )></polygon>
                    }
                    .into_any(),
                };
                view! {
                    <g class=class>
                        {shape}
                        <text x=x y=y + 4.0 text-anchor="middle">{sym.step}</text>
                    </g>
                }
            })
            .collect_view();
        view! {
            <svg
                class="alur-gambar"
                width=layout.width
                height=layout.height
                viewBox=format!("0 0 {} {}", layout.width, layout.height)
                aria-hidden="true"
            >
                <defs>
                    <marker id="ujung" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M0 0L10 5L0 10z"></path>
                    </marker>
                </defs>
                {arrows}
                {symbols}
            </svg>
        }
    };
    view! {
        <div class="alur" role="table" aria-label=move || s().flow.label>
            {header}
            <div class="alur-badan">
                {rows}
                {drawing}
            </div>
        </div>
    }
}

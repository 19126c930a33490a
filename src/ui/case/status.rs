//! The permit status and the legal deadlines with days left; the SOP's warning when the
//! permit is batal or at risk.

use leptos::prelude::*;

use crate::core::case::{CaseStatus, PermitStatus};
use crate::core::sop::Sop;
use crate::i18n::Lang;

pub fn permit_label(permit: PermitStatus, lang: Lang) -> &'static str {
    let s = &lang.strings().status;
    match permit {
        PermitStatus::BelumEfektif => s.belum_efektif,
        PermitStatus::BerlakuEfektif => s.berlaku_efektif,
        PermitStatus::Batal => s.batal,
    }
}

pub fn permit_class(permit: PermitStatus) -> &'static str {
    match permit {
        PermitStatus::BelumEfektif => "lencana belum",
        PermitStatus::BerlakuEfektif => "lencana efektif",
        PermitStatus::Batal => "lencana batal",
    }
}

#[component]
pub fn StatusPanel(
    #[prop(into)] status: Signal<CaseStatus>,
    #[prop(into)] sop: Signal<Sop>,
    #[prop(into)] lang: Signal<Lang>,
) -> impl IntoView {
    let s = move || lang.get().strings();
    let row = move |label: &'static str,
                    basis: String,
                    deadline: Option<crate::core::case::DeadlineStatus>| {
        deadline.map(|d| {
            let lang = lang.get();
            view! {
                <div class="tenggat" class:terlambat=d.overdue>
                    <dt>{label}<small>{basis}</small></dt>
                    <dd>{d.words(lang)}</dd>
                </div>
            }
        })
    };
    view! {
        <section class="status-kasus" aria-labelledby="judul-status">
            <h2 id="judul-status">{move || s().status.heading}</h2>
            <p>
                {move || s().status.permit}" "
                <span class=move || permit_class(status.get().permit)>{move || permit_label(status.get().permit, lang.get())}</span>
            </p>
            <dl>
                {move || {
                    let st = status.get();
                    let d = sop.with(|p| p.deadlines().clone());
                    view! {
                        {row(s().status.commitment, d.commitment_basis.clone(), st.commitment.clone())}
                        {row(s().status.inspection, d.inspection_basis.clone(), st.inspection.clone())}
                        {row(s().status.step_time, String::new(), st.step.clone())}
                    }
                }}
            </dl>
            {move || {
                let st = status.get();
                let warning = sop.with(|p| p.header().warnings.join(" "));
                match st.permit {
                    PermitStatus::Batal => Some(view! {
                        <div class="peringatan" role="alert"><strong>{s().status.void_title}</strong>" "{s().status.void_text}" "{warning}</div>
                    }.into_any()),
                    _ if st.at_risk => Some(view! {
                        <div class="peringatan" role="status"><strong>{s().status.risk_title}</strong>" "{warning}</div>
                    }.into_any()),
                    _ => None,
                }
            }}
        </section>
    }
}

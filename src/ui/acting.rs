//! "Bertindak sebagai": the role this tab acts in and the person's name. Each tab has its
//! own (`App::act_as`): what this picker shows is exactly who the tab records, whatever
//! another tab chooses. The picker offers the Dinas's roles only; the applicant's, OSS's
//! and SIINAS's steps are recorded by the Operator.

use leptos::prelude::*;

use crate::core::sop::ActorId;
use crate::ui::state::{may_pick, App};

#[component]
pub fn ActingAs() -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    let role = move || {
        app.acting
            .with(|a| a.as_ref().map(|(r, _)| r.to_string()))
            .unwrap_or_default()
    };
    let name = move || {
        app.acting
            .with(|a| a.as_ref().map(|(_, n)| n.clone()))
            .unwrap_or_default()
    };
    // The identity with `role` and `name` as given (a role must be chosen first).
    let with =
        move |role: String, name: String| (!role.is_empty()).then_some((ActorId(role), name));
    let pick_role = move |ev| {
        let name = app
            .acting
            .with_untracked(|a| a.as_ref().map(|(_, n)| n.clone()));
        app.act_as(with(event_target_value(&ev), name.unwrap_or_default()));
    };
    let role_now = move || {
        app.acting
            .with_untracked(|a| a.as_ref().map(|(r, _)| r.to_string()))
    };
    let type_name = move |ev| {
        if let Some(role) = role_now() {
            app.act_as_in_tab(with(role, event_target_value(&ev)));
        }
    };
    let name_done = move |ev| {
        if let Some(role) = role_now() {
            app.act_as(with(role, event_target_value(&ev).trim().to_string()));
        }
    };
    view! {
        <form class="bertindak" on:submit=move |ev| ev.prevent_default()>
            <span class="bertindak-judul">{move || s().acting.heading}</span>
            <label>
                {move || s().acting.role}
                <select id="peran" on:change=pick_role>
                    <option value="" selected=move || role().is_empty()>{move || s().acting.choose_role}</option>
                    {move || app.sop.with(|sop| sop.actors().iter().filter(|a| may_pick(sop, &a.id)).map(|a| {
                        let id = a.id.to_string();
                        let selected = id.clone();
                        view! { <option value=id selected=move || role() == selected>{a.name.clone()}</option> }
                    }).collect_view())}
                </select>
            </label>
            <label>
                {move || s().acting.name}
                <input id="nama-petugas" type="text" autocomplete="name"
                    prop:value=name
                    prop:disabled=move || role().is_empty()
                    on:input=type_name
                    on:change=name_done />
            </label>
            <span class="catatan" role="status">
                {move || match app.acting.get() {
                    Some((_, n)) if !n.trim().is_empty() => String::new(),
                    _ => s().acting.missing.to_string(),
                }}
            </span>
        </form>
    }
}

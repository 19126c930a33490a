//! "Bertindak sebagai": the role the user acts in and their name. It persists in the
//! settings, and every action is recorded with it.

use leptos::prelude::*;

use crate::core::sop::ActorId;
use crate::ui::state::App;

#[component]
pub fn ActingAs() -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    let role = RwSignal::new(
        app.acting
            .get_untracked()
            .map(|(r, _)| r.to_string())
            .unwrap_or_default(),
    );
    let name = RwSignal::new(
        app.acting
            .get_untracked()
            .map(|(_, n)| n)
            .unwrap_or_default(),
    );
    let saved = RwSignal::new(false);
    let save = move || {
        let mut settings = app.settings.get_untracked();
        let acting = (!role.get_untracked().is_empty()).then(|| {
            (
                ActorId(role.get_untracked()),
                name.get_untracked().trim().to_string(),
            )
        });
        if settings.acting == acting {
            return;
        }
        settings.acting = acting;
        saved.set(app.save_settings(settings).is_ok());
    };
    view! {
        <form class="bertindak" on:submit=move |ev| { ev.prevent_default(); save(); }>
            <span class="bertindak-judul">{move || s().acting.heading}</span>
            <label>
                {move || s().acting.role}
                <select id="peran" on:change=move |ev| { role.set(event_target_value(&ev)); save(); }>
                    <option value="" selected=move || role.get().is_empty()>{move || s().acting.choose_role}</option>
                    {move || app.sop.with(|sop| sop.actors().iter().map(|a| {
                        let id = a.id.to_string();
                        let selected = id.clone();
                        view! { <option value=id selected=move || role.get() == selected>{a.name.clone()}</option> }
                    }).collect_view())}
                </select>
            </label>
            <label>
                {move || s().acting.name}
                <input id="nama-petugas" type="text" autocomplete="name" prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                    on:change=move |_| save() />
            </label>
            <span class="catatan" role="status">
                {move || match app.acting.get() {
                    Some((_, n)) if !n.is_empty() => String::new(),
                    _ => s().acting.missing.to_string(),
                }}
            </span>
        </form>
    }
}

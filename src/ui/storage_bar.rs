//! Always visible: changes not yet exported (a way out when the browser is all there is),
//! the storage meter (warns at 80%), whether the browser granted persistent storage, and
//! what the store found wrong when it opened.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::route::Route;
use crate::ui::state::App;

/// Asks the browser to keep this site's storage (`navigator.storage.persist()`).
async fn ask_persistence() -> Option<bool> {
    let storage = window().navigator().storage();
    let promise = storage.persist().ok()?;
    let granted = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    granted.as_bool()
}

#[component]
pub fn StorageBar() -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    let persisted = RwSignal::new(None::<bool>);
    spawn_local(async move { persisted.set(Some(ask_persistence().await.unwrap_or(false))) });
    let usage = move || app.read_store(|st| st.usage());
    let unexported = move || app.read_store(|st| st.unexported_changes());
    view! {
        <div class="bilah-simpan">
            <a href=Route::ImporEkspor.href() class="belum-ekspor" class:ada=move || { unexported() > 0 }>
                {move || format!("{}: {}", s().storage.unexported, unexported())}
            </a>
            <span class="meter" class:penuh=move || usage().warn()>
                <label for="meter-simpan">{move || s().storage.used}</label>
                <meter id="meter-simpan" min="0" max="100" high="80" prop:value=move || usage().percent() as f64></meter>
                {move || {
                    let u = usage();
                    format!(
                        "{}% · {} {} · {} {}",
                        u.percent(),
                        crate::core::numbers::format_whole(((u.quota_units.saturating_sub(u.used_units)) * 2 / 1024) as u64),
                        s().storage.kib_left,
                        u.cases,
                        s().storage.cases
                    )
                }}
                {move || usage().warn().then(|| view! { <strong>" "{s().storage.almost_full}</strong> })}
            </span>
            <span class="catatan">
                {move || match persisted.get() {
                    None => String::new(),
                    Some(true) => s().storage.persistent_yes.to_string(),
                    Some(false) => s().storage.persistent_no.to_string(),
                }}
            </span>
        </div>
        {move || {
            let lang = app.lang.get();
            let (problems, read_only) = app.read_store(|st| {
                (st.report().iter().map(|p| p.message(lang)).collect::<Vec<_>>(), st.read_only().map(|e| e.message(lang)))
            });
            view! {
                {read_only.map(|m| view! { <div class="peringatan" role="alert">{m}</div> })}
                {(!problems.is_empty()).then(|| view! {
                    <div class="peringatan" role="alert">
                        <strong>{s().storage.problems}</strong>
                        <ul>{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    </div>
                })}
            }
        }}
    }
}

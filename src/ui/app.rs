use leptos::prelude::*;

use crate::app::route::Route;
use crate::i18n::Lang;
use crate::ui::acting::ActingAs;
use crate::ui::state::{now, App};
use crate::ui::views;

/// Reads the current hash route and follows `hashchange`.
fn use_route() -> ReadSignal<Route> {
    let current = || Route::parse(&window().location().hash().unwrap_or_default());
    let (route, set_route) = signal(current());
    window_event_listener(leptos::ev::hashchange, move |_| set_route.set(current()));
    route
}

#[component]
pub fn App() -> impl IntoView {
    if let Some(loader) = document().get_element_by_id("memuat") {
        loader.remove();
    }
    let app = App::provide();
    let lang = app.lang;
    let route = use_route();
    let s = move || lang.get().strings();
    Effect::new(move || {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().code());
        }
    });
    // Deadlines move with the clock.
    set_interval(
        move || app.now.set(now()),
        std::time::Duration::from_secs(30),
    );
    // A new version is installed and waiting (assets/sw-register.js): offer to reload.
    let new_version = RwSignal::new(false);
    window_event_listener_untyped("sopir:versi-baru", move |_| new_version.set(true));
    // Another tab changed the storage.
    window_event_listener(leptos::ev::storage, move |ev| app.external_change(ev.key()));
    // The summary index lets the next start skip reading every record: written once the
    // start is over, and whenever the page is hidden or left (a no-op if nothing changed).
    set_timeout(
        move || app.refresh_index(),
        std::time::Duration::from_secs(3),
    );
    window_event_listener_untyped("visibilitychange", move |_| app.refresh_index());
    window_event_listener(leptos::ev::pagehide, move |_| app.refresh_index());
    // Leaving with changes that exist only in this browser asks first.
    window_event_listener(leptos::ev::beforeunload, move |ev| {
        if app.read_store(|s| s.unexported_changes()) > 0 {
            ev.prevent_default();
            ev.set_return_value(app.lang.get_untracked().strings().storage.leave_unexported);
        }
    });

    let links = move || {
        let s = s();
        [
            (Route::Beranda, s.nav.beranda),
            (Route::TugasSaya, s.nav.tugas_saya),
            (Route::DaftarKasus, s.nav.daftar_kasus),
            (Route::KasusBaru, s.nav.kasus_baru),
            (Route::Agenda, s.agenda.heading),
            (Route::ImporEkspor, s.nav.impor_ekspor),
            (Route::Pengaturan, s.nav.pengaturan),
            (Route::Latihan, s.nav.latihan),
        ]
        .into_iter()
        .map(|(target, label)| {
            let href = target.href();
            let current = move || route.get() == target;
            view! {
                <li>
                    <a href=href aria-current=move || current().then_some("page")>{label}</a>
                </li>
            }
        })
        .collect_view()
    };
    let set_lang = move |ev| {
        let mut settings = app.settings.get_untracked();
        settings.lang = if event_target_value(&ev) == "en" {
            Lang::En
        } else {
            Lang::Id
        };
        let _ = app.save_settings(settings);
    };

    view! {
        <header class="kepala">
            <div class="merek">
                <span class="nama">{move || s().app.name}</span>
                <span class="sub">{move || s().app.subtitle}</span>
            </div>
            <p class="kantor">{move || s().app.office}</p>
            <label class="bahasa">
                {move || s().app.language}
                <select on:change=set_lang>
                    <option value="id" selected=move || lang.get() == Lang::Id>"Bahasa Indonesia"</option>
                    <option value="en" selected=move || lang.get() == Lang::En>"English"</option>
                </select>
            </label>
        </header>
        <nav class="navigasi" aria-label=move || s().nav.label>
            <ul>{links}</ul>
        </nav>
        {move || app.training().then(|| view! {
            <div class="pita-latihan" role="note">
                <strong>{move || s().training.banner}</strong>
                <button type="button" class="tombol kecil" on:click=move |_| app.switch_mode(crate::store::Namespace::Real)>
                    {move || s().training.leave}
                </button>
            </div>
        })}
        {move || new_version.get().then(|| view! {
            <div class="pita-versi" role="status">
                {move || s().app.new_version}" "
                <button type="button" class="tombol kecil" on:click=move |_| {
                    if let Ok(event) = leptos::web_sys::CustomEvent::new("sopir:muat-ulang") {
                        let _ = window().dispatch_event(&event);
                    }
                }>{move || s().app.reload}</button>
            </div>
        })}
        <div class="pita">
            <ActingAs />
            <crate::ui::storage_bar::StorageBar />
        </div>
        <main id="isi" class="isi">
            {move || match route.get() {
                Route::Kasus(id) => view! { <views::kasus::CasePage id=id.as_str().into() /> }.into_any(),
                Route::KasusBaru => view! { <views::kasus_baru::NewCasePage /> }.into_any(),
                Route::Beranda => view! { <views::beranda::DashboardPage /> }.into_any(),
                Route::TugasSaya => view! { <views::tugas::InboxPage /> }.into_any(),
                Route::DaftarKasus => view! { <views::daftar::CaseListPage /> }.into_any(),
                Route::Pengaturan => view! { <views::pengaturan::SettingsPage /> }.into_any(),
                Route::ImporEkspor => view! { <views::impor_ekspor::ImportExportPage /> }.into_any(),
                Route::Latihan => view! { <views::latihan::TrainingPage /> }.into_any(),
                Route::Sop => view! { <views::referensi::SopReferencePage /> }.into_any(),
                Route::Agenda => view! { <views::agenda::AgendaPage /> }.into_any(),
                Route::Cetak(id, kind) => view! { <crate::ui::print::PrintPage case_id=id kind=kind /> }.into_any(),
                Route::NotFound(path) => view! {
                    <h1>{move || s().app.not_found}</h1>
                    <p>{move || s().app.not_found_text}" "<code>{format!("#/{path}")}</code></p>
                    <p><a href=Route::Beranda.href()>{move || s().app.not_found_link}</a></p>
                }
                .into_any(),
            }}
        </main>
        <crate::ui::notice::NoticeDialog />
        <footer class="kaki">
            {move || s().app.name}" · "{move || s().app.footer_version}" "
            <span class="versi">{crate::APP_VERSION}</span>
        </footer>
    }
}

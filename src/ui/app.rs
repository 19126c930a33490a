use leptos::prelude::*;

use crate::i18n::Lang;
use crate::ui::route::Route;

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
    let (lang, set_lang) = signal(Lang::Id);
    let route = use_route();
    Effect::new(move || {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().code());
        }
    });
    let s = move || lang.get().strings();

    let links = move || {
        let s = s();
        [
            (Route::Beranda, s.nav.beranda),
            (Route::TugasSaya, s.nav.tugas_saya),
            (Route::DaftarKasus, s.nav.daftar_kasus),
            (Route::KasusBaru, s.nav.kasus_baru),
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

    view! {
        <header class="kepala">
            <div class="merek">
                <span class="nama">{move || s().app.name}</span>
                <span class="sub">{move || s().app.subtitle}</span>
            </div>
            <p class="kantor">{move || s().app.office}</p>
            <label class="bahasa">
                {move || s().app.language}
                <select on:change=move |ev| {
                    set_lang.set(if event_target_value(&ev) == "en" { Lang::En } else { Lang::Id })
                }>
                    <option value="id" selected=move || lang.get() == Lang::Id>"Bahasa Indonesia"</option>
                    <option value="en" selected=move || lang.get() == Lang::En>"English"</option>
                </select>
            </label>
        </header>
        <nav class="navigasi" aria-label=move || s().nav.label>
            <ul>{links}</ul>
        </nav>
        <main id="isi" class="isi">
            <h1>{move || page_title(&route.get(), lang.get())}</h1>
            <p>{move || s().app.coming_soon}</p>
        </main>
        <footer class="kaki">
            {move || s().app.name}" · "{move || s().app.footer_version}" "
            <span class="versi">{crate::APP_VERSION}</span>
        </footer>
    }
}

fn page_title(route: &Route, lang: Lang) -> String {
    let nav = &lang.strings().nav;
    match route {
        Route::Beranda => nav.beranda.into(),
        Route::TugasSaya => nav.tugas_saya.into(),
        Route::DaftarKasus | Route::Kasus(_) | Route::Cetak(..) => nav.daftar_kasus.into(),
        Route::KasusBaru => nav.kasus_baru.into(),
        Route::ImporEkspor => nav.impor_ekspor.into(),
        Route::Pengaturan => nav.pengaturan.into(),
        Route::Latihan => nav.latihan.into(),
        Route::NotFound(path) => format!("404 · {path}"),
    }
}

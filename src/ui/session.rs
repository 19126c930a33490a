//! What this tab keeps for itself in sessionStorage, so a reload stays where it was: which
//! data it shows (real or training), who it acts as, and the training walk-through in
//! progress. Another tab has its own. Everything here is best effort: where the browser
//! refuses sessionStorage (site data blocked, its quota full) the tab works the same and
//! only forgets these on a reload; cases never live here.

use gloo_storage::{SessionStorage, Storage as _};
use leptos::prelude::window;

use crate::app::guide::GuideRun;
use crate::core::sop::ActorId;
use crate::store::Namespace;

const MODE: &str = "sopir-mode";
const ACTING: &str = "sopir-bertindak";
const GUIDE: &str = "sopir-panduan";

/// gloo-storage keeps values as JSON; its accessors throw where the browser refuses
/// sessionStorage, so they are only used where it exists.
fn usable() -> bool {
    window().session_storage().ok().flatten().is_some()
}

/// The data this tab showed before a reload (real data unless it was training).
pub fn mode() -> Namespace {
    let training = usable()
        && SessionStorage::raw()
            .get_item(MODE)
            .ok()
            .flatten()
            .is_some_and(|m| m == "latihan");
    if training {
        Namespace::Training
    } else {
        Namespace::Real
    }
}

pub fn set_mode(namespace: Namespace) {
    if usable() {
        let value = match namespace {
            Namespace::Training => "latihan",
            Namespace::Real => "resmi",
        };
        drop(SessionStorage::raw().set_item(MODE, value));
    }
}

/// Who this tab acted as before a reload; `None` if it never chose.
pub fn acting() -> Option<Option<(ActorId, String)>> {
    usable().then(|| SessionStorage::get(ACTING).ok())?
}

pub fn set_acting(acting: &Option<(ActorId, String)>) {
    if usable() {
        drop(SessionStorage::set(ACTING, acting));
    }
}

/// The walk-through in progress before a reload.
pub fn guide() -> Option<GuideRun> {
    usable().then(|| SessionStorage::get(GUIDE).ok())?
}

/// Keeps the walk-through's place; a full sessionStorage loses only that, never a case.
pub fn set_guide(run: Option<&GuideRun>) {
    if !usable() {
        return;
    }
    match run {
        Some(run) => drop(SessionStorage::set(GUIDE, run)),
        None => SessionStorage::delete(GUIDE),
    }
}

//! The app's state, shared through context: the store (localStorage), the office's
//! settings, who the user acts as, and the clock. Views read signals and call the verbs
//! here; the store and the core do the work.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::core::calendar::{Calendar, HolidayData};
use crate::core::case::{Author, Case, CaseId, CaseSummary, Command, Identity};
use crate::core::sop::{ActorId, Sop};
use crate::i18n::Lang;
use crate::store::{Namespace, Settings, StorageError, Store, StoreError};
use crate::ui::session;
use crate::ui::step::Refusal;

type BrowserStore = Store<crate::browser::LocalStorage>;

/// A message that blocks the page until the user closes it (e.g. storage full).
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub title: String,
    pub text: String,
    /// Offer to export everything (the way out of a full storage).
    pub offer_export: bool,
}

#[derive(Clone, Copy)]
pub struct App {
    store: StoredValue<BrowserStore, LocalStorage>,
    /// Bumped after every change of the store, so everything that reads it re-reads.
    revision: RwSignal<u64>,
    pub settings: RwSignal<Settings>,
    pub lang: Signal<Lang>,
    /// Who this tab acts as: the tab's own (sessionStorage), so what its picker shows is
    /// exactly who it records, whatever other tabs choose. See `act_as`.
    pub acting: Signal<Option<(ActorId, String)>>,
    acting_in_tab: RwSignal<Option<(ActorId, String)>>,
    /// The SOP with the office's settings applied.
    pub sop: Memo<Sop>,
    pub calendar: Memo<Calendar>,
    pub now: RwSignal<DateTime<Utc>>,
    pub notice: RwSignal<Option<Notice>>,
    /// Real data, or the training mode's separate namespace.
    pub mode: RwSignal<Namespace>,
    /// The guided walk-through in progress (training mode only).
    pub guide: RwSignal<Option<crate::app::guide::GuideRun>>,
}

fn open_store(namespace: Namespace) -> BrowserStore {
    Store::open(
        crate::browser::LocalStorage::new(),
        namespace,
        Sop::embedded(),
        Box::new(crate::browser::CryptoIds::new()),
    )
}

pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// Whether the picker offers `role`: the Dinas's own roles. The applicant's, OSS's and
/// SIINAS's steps are recorded by the Operator (the SOP data's `dicatat_oleh`).
pub fn may_pick(sop: &Sop, role: &ActorId) -> bool {
    sop.actor(role)
        .is_some_and(|a| a.kind == crate::core::sop::ActorKind::Office)
}

impl App {
    /// Opens the store of this tab's mode and provides the state to every view.
    pub fn provide() -> App {
        let namespace = session::mode();
        let store = open_store(namespace);
        let settings = RwSignal::new(store.settings().clone());
        // A memo: a change of any other setting (another tab's) must not re-run what reads
        // the language.
        let lang = Memo::new(move |_| settings.with(|s| s.lang)).into();
        // A new tab starts as the last identity chosen in any tab (the settings keep it).
        let sop_now = Sop::embedded();
        let acting_in_tab = RwSignal::new(
            session::acting()
                .unwrap_or_else(|| store.settings().acting.clone())
                .filter(|(role, _)| may_pick(sop_now, role)),
        );
        let sop = Memo::new(move |_| {
            settings.with(|s| {
                Sop::embedded()
                    .with_settings(&s.sop)
                    .unwrap_or_else(|_| Sop::embedded().clone())
            })
        });
        let calendar = Memo::new(move |_| {
            settings.with(|s| Calendar::new(HolidayData::embedded(), &s.calendar))
        });
        let app = App {
            store: StoredValue::new_local(store),
            revision: RwSignal::new(0),
            settings,
            lang,
            acting: acting_in_tab.into(),
            acting_in_tab,
            sop,
            calendar,
            now: RwSignal::new(now()),
            notice: RwSignal::new(None),
            mode: RwSignal::new(namespace),
            guide: RwSignal::new(session::guide()),
        };
        provide_context(app);
        Effect::new(move || session::set_guide(app.guide.get().as_ref()));
        app
    }

    pub fn training(&self) -> bool {
        self.mode.get() == Namespace::Training
    }

    /// Switches this tab between real data and the training mode. The other namespace is
    /// not touched; the language comes along, and the tab keeps acting as it did.
    pub fn switch_mode(&self, namespace: Namespace) {
        let carried = (
            self.settings.with_untracked(|s| s.lang),
            self.acting_in_tab.get_untracked(),
        );
        let mut store = open_store(namespace);
        if namespace == Namespace::Training {
            if store.summaries().is_empty() {
                let samples = crate::store::samples::training_cases(
                    Sop::embedded(),
                    now(),
                    &mut crate::browser::CryptoIds::new(),
                    &store.office().id.clone(),
                );
                let _ = store.replace_all(samples);
            }
            let mut settings = store.settings().clone();
            (settings.lang, settings.acting) = carried;
            let _ = store.save_settings(settings);
        } else {
            self.guide.set(None);
        }
        session::set_mode(namespace);
        self.settings.set(store.settings().clone());
        self.store.set_value(store);
        self.mode.set(namespace);
        self.changed();
    }

    /// Training mode: puts the sample cases back (the real data is another namespace).
    pub fn reset_samples(&self) -> Result<(), Refusal> {
        let office = self.read_store(|s| s.office().id.clone());
        let samples = crate::store::samples::training_cases(
            Sop::embedded(),
            now(),
            &mut crate::browser::CryptoIds::new(),
            &office,
        );
        let result = self.with_store(|s| s.replace_all(samples));
        self.guide.set(None);
        result.map_err(|e| self.refuse(e))
    }

    /// Training mode: copies a sample case's company as a new case in the real data.
    pub fn copy_to_real(&self, identity: Identity) -> Result<CaseId, Refusal> {
        let author = self.author()?;
        let mut real = open_store(Namespace::Real);
        let identity = Identity {
            oss_ip: None,
            siinas_request: None,
            ..identity
        };
        real.create_case(&self.sop.get_untracked(), identity, author, now())
            .map_err(|e| self.refuse(e))
    }

    /// Writes the summary index again if cases changed (`store::index`): quick starts.
    pub fn refresh_index(&self) {
        self.store.update_value(|s| {
            s.refresh_index();
        });
    }

    pub fn use_app() -> App {
        expect_context::<App>()
    }

    /// Tracks changes of the store.
    pub fn track(&self) {
        self.revision.track();
    }

    fn changed(&self) {
        self.revision.update(|r| *r += 1);
    }

    pub fn summaries(&self) -> Vec<CaseSummary> {
        self.track();
        self.store
            .with_value(|s| s.summaries().values().cloned().collect())
    }

    pub fn case(&self, id: &CaseId) -> Result<Case, StoreError> {
        self.track();
        self.store
            .try_update_value(|s| s.case(id))
            .expect("the store lives as long as the app")
    }

    /// Acts as `role` and `name` in this tab from now on. The tab's own choice is what it
    /// records; it is also kept as the last identity chosen, which a new tab starts from.
    pub fn act_as(&self, acting: Option<(ActorId, String)>) {
        self.act_as_in_tab(acting.clone());
        self.remember_acting(acting);
    }

    /// Acts as `acting` in this tab only (while a name is being typed: every key counts,
    /// so the tab never records a name other than the one its field shows).
    pub fn act_as_in_tab(&self, acting: Option<(ActorId, String)>) {
        if self.acting_in_tab.with_untracked(|a| *a == acting) {
            return;
        }
        // Should sessionStorage refuse, the tab still acts as chosen until it is reloaded.
        session::set_acting(&acting);
        self.acting_in_tab.set(acting);
    }

    /// Keeps `acting` as the last identity chosen (the seed of new tabs). Best effort: the
    /// seed is a convenience, so a full storage does not raise the blocking notice here
    /// (the next real save will).
    fn remember_acting(&self, acting: Option<(ActorId, String)>) {
        let mut settings = self.settings.get_untracked();
        if settings.acting == acting {
            return;
        }
        settings.acting = acting;
        let saved = self
            .store
            .try_update_value(|s| s.save_settings(settings.clone()))
            .expect("the store lives as long as the app");
        if saved.is_ok() {
            self.settings.set(settings);
        }
    }

    fn author(&self) -> Result<Author, Refusal> {
        match self.acting_in_tab.get_untracked() {
            Some((role, name)) if !name.trim().is_empty() => Ok(Author { role, name }),
            _ => Err(Refusal {
                message: crate::core::case::CommandError::NoName.message(self.lang.get_untracked()),
                ..Refusal::default()
            }),
        }
    }

    /// Turns a store error into what the user sees; a full storage also blocks the page.
    fn refuse(&self, error: StoreError) -> Refusal {
        let lang = self.lang.get_untracked();
        if matches!(error, StoreError::Storage(StorageError::Quota)) {
            let s = &lang.strings().storage;
            self.notice.set(Some(Notice {
                title: s.full_title.to_string(),
                text: error.message(lang),
                offer_export: true,
            }));
        }
        Refusal {
            message: error.message(lang),
            fields: match &error {
                StoreError::Command(e) => e.field_errors().to_vec(),
                _ => Vec::new(),
            },
            wrong_role: matches!(
                error,
                StoreError::Command(crate::core::case::CommandError::WrongRole { .. })
            ),
            stale: matches!(
                error,
                StoreError::Command(
                    crate::core::case::CommandError::NotCurrent { .. }
                        | crate::core::case::CommandError::Finished
                )
            ),
        }
    }

    pub fn execute(&self, id: &CaseId, command: Command) -> Result<(), Refusal> {
        let author = self.author()?;
        let sop = self.sop.get_untracked();
        let at = now();
        self.now.set(at);
        let result = self
            .store
            .try_update_value(|s| s.execute(&sop, id, command, author, at))
            .expect("the store lives as long as the app");
        self.changed();
        result.map_err(|e| self.refuse(e))
    }

    pub fn create_case(&self, identity: Identity) -> Result<CaseId, Refusal> {
        let author = self.author()?;
        let sop = self.sop.get_untracked();
        let at = now();
        let result = self
            .store
            .try_update_value(|s| s.create_case(&sop, identity, author, at))
            .expect("the store lives as long as the app");
        self.changed();
        result.map_err(|e| self.refuse(e))
    }

    pub fn save_settings(&self, settings: Settings) -> Result<(), Refusal> {
        let result = self
            .store
            .try_update_value(|s| s.save_settings(settings.clone()))
            .expect("the store lives as long as the app");
        match result {
            Ok(()) => {
                self.settings.set(settings);
                self.changed();
                Ok(())
            }
            Err(e) => Err(self.refuse(e)),
        }
    }

    /// Runs `f` on the store and marks it changed (imports, exports, demo resets).
    pub fn with_store<T>(&self, f: impl FnOnce(&mut BrowserStore) -> T) -> T {
        let out = self
            .store
            .try_update_value(f)
            .expect("the store lives as long as the app");
        self.changed();
        out
    }

    /// Reads the store without marking it changed.
    pub fn read_store<T>(&self, f: impl FnOnce(&BrowserStore) -> T) -> T {
        self.track();
        self.store.with_value(f)
    }
}

/// Case files in and out (`app::files`): the verbs the views call.
impl App {
    /// Exports `ids` (all cases when `None`), downloads the file and marks its cases
    /// exported. The message to show: the file was downloaded ("Berkas diunduh: <name>"),
    /// and, when the export marks could not be saved (storage full), that the counter of
    /// unexported changes holds for this session only. A file the user received is never
    /// reported as a failure.
    pub fn export_cases(&self, ids: Option<Vec<CaseId>>) -> Result<String, String> {
        let lang = self.lang.get_untracked();
        let s = lang.strings();
        let office_name = self.settings.with_untracked(|s| s.office_name.clone());
        let export = self
            .with_store(|st| {
                crate::app::files::export(
                    st,
                    ids.as_deref(),
                    &office_name,
                    crate::APP_VERSION,
                    now(),
                )
            })
            .map_err(|e| match e {
                crate::app::files::ExportError::Store(e) => e.message(lang),
                crate::app::files::ExportError::Nothing => s.files.nothing_to_export.to_string(),
            })?;
        crate::ui::files::download(&export.file_name, &export.json)?;
        let downloaded = format!("{} {}", s.files.exported, export.file_name);
        match self.with_store(|st| crate::app::files::mark_exported(st, &export)) {
            Ok(()) => Ok(downloaded),
            Err(e) => Ok(format!(
                "{downloaded} {} ({})",
                s.files.marks_not_saved,
                e.message(lang)
            )),
        }
    }

    /// Checks a case file's text against the store; nothing is stored. The refusal's
    /// message when the file cannot be imported.
    pub fn check_import(&self, text: &str) -> Result<crate::app::files::ImportCheck, String> {
        let lang = self.lang.get_untracked();
        self.with_store(|st| crate::app::files::check_import(st, text, Sop::embedded()))
            .map_err(|e| e.message(lang))
    }

    /// Stores what a checked file brings, all or nothing: how many cases it held, or the
    /// refusal (a full storage also raises the blocking notice).
    pub fn commit_import(&self, check: crate::app::files::ImportCheck) -> Result<usize, String> {
        let sop = self.sop.get_untracked();
        self.with_store(|st| crate::app::files::commit_import(st, &sop, check))
            .map_err(|e| self.refuse(e).message)
    }
}

impl App {
    /// Another tab changed `key`: reload it (the store repairs a lost update) and refresh.
    pub fn external_change(&self, key: Option<String>) {
        let sop = self.sop.get_untracked();
        let settings = self.store.try_update_value(|s| {
            if let Some(key) = &key {
                let _ = s.external_change(&sop, key);
            }
            s.settings().clone()
        });
        if let Some(settings) = settings {
            if settings != self.settings.get_untracked() {
                self.settings.set(settings);
            }
        }
        self.changed();
    }
}

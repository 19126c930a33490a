//! Every user-facing string, in Bahasa Indonesia (default) and English.
//!
//! Each text is written once with both languages side by side (`"id" / "en"`); a text
//! missing in one language does not compile. Areas of the app have their own section.

pub mod dates;
mod fields;
mod text;

use serde::{Deserialize, Serialize};

pub use fields::field_label;
pub use text::*;

/// The interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Id => &ID,
            Lang::En => &EN,
        }
    }

    /// The value for `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }
}

/// Declares a section of strings: a struct with one field per text, and its `ID` and `EN`
/// values.
macro_rules! section {
    ($name:ident { $($key:ident : $id:literal / $en:literal),* $(,)? }) => {
        pub struct $name {
            $(pub $key: &'static str,)*
        }
        impl $name {
            pub const ID: $name = $name { $($key: $id,)* };
            pub const EN: $name = $name { $($key: $en,)* };
        }
    };
}
pub(crate) use section;

/// Declares the sections of `Strings`.
macro_rules! strings {
    ($($field:ident : $ty:ident),* $(,)?) => {
        pub struct Strings {
            $(pub $field: $ty,)*
        }
        pub const ID: Strings = Strings { $($field: $ty::ID,)* };
        pub const EN: Strings = Strings { $($field: $ty::EN,)* };
    };
}

strings! {
    app: AppText,
    nav: NavText,
    flow: FlowText,
    step: StepText,
    stale: StaleText,
    form: FormText,
    deadline: DeadlineText,
    timeline: TimelineText,
    status: StatusText,
    storage: StorageText,
    case: CaseText,
    conflict: ConflictText,
    acting: ActingText,
    new_case: NewCaseText,
    list: ListText,
    dashboard: DashboardText,
    inbox: InboxText,
    case_list: CaseListText,
    settings: SettingsText,
    print: PrintText,
    letter: LetterText,
    files: FilesText,
    guide: GuideUiText,
    training: TrainingText,
    reference: ReferenceText,
    agenda: AgendaText,
    correction: CorrectionText,
}

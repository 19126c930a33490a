//! Sample cases walked through the SOP with sample data: the training mode's reset, the
//! store's tests and its capacity benchmark use them.

use chrono::{DateTime, Duration, Utc};

use crate::core::calendar::wib_date;
use crate::core::case::{Author, Case, CaseId, Ctx, EventId, OfficeId};
use crate::core::ids::IdSource;
use crate::core::sample::{self, Choices};
use crate::core::sop::{ActorId, Sop};

/// The person recording as `role` in samples.
pub fn person(role: &ActorId) -> String {
    match role.as_str() {
        "operator" => "Nur Aini",
        "kasi" => "Yusuf Hamdani, S.T.",
        "kabid" => "Dra. Ratna Sari",
        "tim_teknis" => "Ir. Dedi Kurniawan",
        "kadis" => "H. Syarif Abdullah, M.Si.",
        _ => "Nur Aini",
    }
    .to_string()
}

/// Case number `n` (its company comes from `sample::identity(n)`), opened at `opened`
/// by the Operator of `office` and walked `steps` steps (`None`: to the end). Steps are
/// 2 to 5 hours apart, at millisecond times drawn from the event ids, as real clicks are.
pub fn walked_case(
    sop: &Sop,
    n: u32,
    ids: &mut dyn IdSource,
    office: &OfficeId,
    opened: DateTime<Utc>,
    choices: Choices,
    steps: Option<usize>,
) -> Case {
    let operator = ActorId::new("operator");
    let mut ctx = Ctx {
        event_id: EventId(ids.new_id()),
        office: office.clone(),
        seq: 1,
        at: opened,
        author: Author {
            name: person(&operator),
            role: operator,
        },
    };
    let mut case = Case::open(sop, CaseId(ids.new_id()), sample::identity(n), &ctx)
        .expect("sample identities are valid");
    let mut done = 0;
    while steps.is_none_or(|s| done < s) {
        let event_id = EventId(ids.new_id());
        let jitter = u32::from_str_radix(&event_id.0[..8], 16).unwrap_or(0) % (3 * 3600 * 1000);
        let at = ctx.at + Duration::hours(2) + Duration::milliseconds(i64::from(jitter));
        let Some((role, command)) = sample::next_command(sop, &case, wib_date(at), choices) else {
            break;
        };
        ctx = Ctx {
            event_id,
            office: office.clone(),
            seq: ctx.seq + 1,
            at,
            author: Author {
                name: person(&role),
                role,
            },
        };
        case.execute(sop, command, &ctx)
            .unwrap_or_else(|e| panic!("sample step refused: {e}"));
        done += 1;
    }
    case
}

//! A case's page: identity, permit status and deadlines, the flow table, the current step's
//! panel, documents and the timeline.

mod correction;
mod status;
mod timeline;

pub use correction::Correction;
pub use status::{permit_class, permit_label, StatusPanel};
pub use timeline::Timeline;

//! Expect: not allowed
//! Starts a recorder of its own through the stand-ins' hidden module, to fake the trace.

use stand_ins::{task_one, task_two};

use std::collections::BTreeMap;

pub async fn run_both() -> (String, String) {
    let session = stand_ins::__harness::Session::start(BTreeMap::new(), None);
    let _installed = session.install();
    tokio::join!(task_one(), task_two())
}

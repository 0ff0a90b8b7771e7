//! Expect: not allowed
//! Opens a network connection.

use stand_ins::{task_one, task_two};

pub async fn run_both() -> (String, String) {
    let _ = std::net::TcpStream::connect("127.0.0.1:9");
    tokio::join!(task_one(), task_two())
}

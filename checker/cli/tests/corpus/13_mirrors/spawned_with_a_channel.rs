//! Expect: solved
//! Spawns a task per mirror that reports on a channel; the first archive aborts every task, and the errors are filed by mirror.

use stand_ins::download_from;
use tokio::sync::mpsc;

pub async fn download(mirrors: &[&str]) -> Result<String, Vec<String>> {
    let (sender, mut receiver) = mpsc::unbounded_channel();
    let tasks: Vec<_> = mirrors
        .iter()
        .enumerate()
        .map(|(place, mirror)| {
            let sender = sender.clone();
            let mirror = mirror.to_string();
            tokio::spawn(async move {
                let _ = sender.send((place, download_from(&mirror).await));
            })
        })
        .collect();
    drop(sender);
    let mut errors: Vec<Option<String>> = vec![None; mirrors.len()];
    while let Some((place, result)) = receiver.recv().await {
        match result {
            Ok(archive) => {
                for task in &tasks {
                    task.abort();
                }
                for task in tasks {
                    let _ = task.await;
                }
                return Ok(archive);
            }
            Err(error) => errors[place] = Some(error),
        }
    }
    Err(errors.into_iter().flatten().collect())
}

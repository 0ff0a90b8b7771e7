//! Expect: solved
//! Streams every mirror at once through `buffer_unordered` and stops reading at the first archive; dropping the stream cancels the others.

use futures::stream::{self, StreamExt as _};
use stand_ins::download_from;

pub async fn download(mirrors: &[&str]) -> Result<String, Vec<String>> {
    let mut results = stream::iter(mirrors.iter().enumerate())
        .map(|(place, mirror)| async move { (place, download_from(mirror).await) })
        .buffer_unordered(mirrors.len().max(1));
    let mut errors: Vec<(usize, String)> = Vec::new();
    while let Some((place, result)) = results.next().await {
        match result {
            Ok(archive) => return Ok(archive),
            Err(error) => errors.push((place, error)),
        }
    }
    errors.sort();
    Err(errors.into_iter().map(|(_, error)| error).collect())
}

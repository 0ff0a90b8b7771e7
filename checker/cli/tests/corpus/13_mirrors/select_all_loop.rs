//! Expect: solved
//! Races the remaining mirrors with `select_all`, again and again: a failure is filed at its mirror's place and leaves the race, a success ends it and drops the rest.

use futures::FutureExt as _;
use futures::future::select_all;
use stand_ins::download_from;

pub async fn download(mirrors: &[&str]) -> Result<String, Vec<String>> {
    let mut errors: Vec<Option<String>> = vec![None; mirrors.len()];
    let mut racing: Vec<_> = mirrors
        .iter()
        .enumerate()
        .map(|(place, mirror)| async move { (place, download_from(mirror).await) }.boxed())
        .collect();
    while !racing.is_empty() {
        let ((place, result), _, rest) = select_all(racing).await;
        match result {
            Ok(archive) => return Ok(archive),
            Err(error) => errors[place] = Some(error),
        }
        racing = rest;
    }
    Err(errors.into_iter().flatten().collect())
}

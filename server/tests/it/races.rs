//! What must hold when requests overlap: a session ended while another request of it is under
//! way stays ended; limits on guessing and on storage hold for simultaneous requests, not only
//! for one after another.

use crate::harness::{PASSWORD, TestApp};
use axum::http::StatusCode;
use std::time::Duration;

/// A request that loaded the session before its owner signed out must not write the session
/// back when it ends: the old cookie would read the record again.
#[tokio::test]
async fn a_session_ended_during_a_request_stays_ended() {
    let app = TestApp::with_sample_people().await;
    let mut victim = app.browser();
    victim.sign_in("maria.santos@example.org", PASSWORD).await;
    // The token from a page that leaves the session as it is; the held post below is then
    // the first to put the two-step set-up's secret in it.
    let token = victim.get("/record").await.csrf_token();
    let stolen = victim.clone();

    // A post that changes the session (the two-step set-up keeps its secret there), its body
    // held back until after the sign-out.
    let (body, answer) = stolen.post_held("/account/two-step");
    tokio::time::sleep(Duration::from_millis(200)).await;
    let signed_out = victim.post("/sign-out", &[("csrf_token", &token)]).await;
    assert_eq!(signed_out.location(), Some("/?notice=signed-out"));
    body.send(format!("code=123456&csrf_token={token}").into_bytes())
        .await
        .unwrap();
    drop(body);
    answer.await.unwrap();

    let mut thief = stolen.clone();
    let record = thief.get("/record").await;
    assert_eq!(
        record.location(),
        Some("/?notice=sign-in"),
        "the old cookie works again"
    );
    assert_eq!(
        app.count("select count(*) from session where account_id is not null")
            .await,
        0
    );
}

/// Sessions ended by a password reset stay ended too, though a request of theirs finishes
/// afterwards.
#[tokio::test]
async fn a_reset_ends_sessions_for_good() {
    let app = TestApp::with_sample_people().await;
    let mut victim = app.browser();
    victim.sign_in("maria.santos@example.org", PASSWORD).await;
    let token = victim.get("/record").await.csrf_token();
    let (body, answer) = victim.post_held("/account/two-step");
    tokio::time::sleep(Duration::from_millis(200)).await;
    let maria = app.account("maria.santos@example.org").await;
    let hash = myrecord_server::password::hash("a brand new passphrase".to_owned())
        .await
        .unwrap();
    app.store
        .create_password_reset(
            &maria,
            "reset-token-hash",
            time::OffsetDateTime::now_utc().unix_timestamp() + 600,
            myrecord_server::store::outbox::OutgoingEmail {
                to: maria.email.clone(),
                subject: "s".into(),
                body: "b".into(),
            },
        )
        .await
        .unwrap();
    assert!(
        app.store
            .complete_password_reset(
                &maria,
                "reset-token-hash",
                time::OffsetDateTime::now_utc().unix_timestamp(),
                &hash
            )
            .await
            .unwrap()
    );
    body.send(format!("code=123456&csrf_token={token}").into_bytes())
        .await
        .unwrap();
    drop(body);
    answer.await.unwrap();
    let record = victim.get("/record").await;
    assert_eq!(record.location(), Some("/?notice=sign-in"));
}

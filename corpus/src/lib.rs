//! Turns saved news pages into structured articles: body and clutter, actors, quotations with
//! their speakers, and dates.
//!
//! The crate is pure Rust with no web dependencies. Without its default `extract` feature it is
//! only the [`model`], which is all the browser app compiles in.

pub mod model;
pub mod pack;
pub use model::*;

#[cfg(feature = "extract")]
mod extract;
#[cfg(feature = "extract")]
pub use extract::*;

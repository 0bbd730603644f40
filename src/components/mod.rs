//! The reader's components, one per file. Content components receive
//! already-rendered children; chrome components (sidebar, navigation,
//! theme) receive the manifest and route.

pub mod accordion;
pub mod alert;
pub mod card;
pub mod chapter_missing;
pub mod chapter_nav;
pub mod code_block;
pub mod download;
pub mod example;
pub mod heading;
pub mod icon;
pub mod image;
pub mod load_error;
pub mod meter;
pub mod objectives;
pub mod popover;
pub mod progress_provider;
pub mod quiz;
pub mod save_status;
pub mod search_box;
pub mod search_results;
pub mod sidebar;
pub mod skeleton;
pub mod tabs;
pub mod theme_toggle;
pub mod update_notice;
pub mod youtube;

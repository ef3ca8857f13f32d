// The catalog tables of the drafting workspace (issue 16), as one additive
// migration step that schema.cpp lists: saved drafts, conversations and
// their turns, and feedback on answers and drafts. Every row belongs to an
// owner (the API key's public prefix, "open" in open mode).
#pragma once

namespace wenyuan::catalog {

const char* WorkspaceTablesMigration();

}  // namespace wenyuan::catalog

// ReturnFreeMemory: hands the memory allocator's free pages back to the
// system. glibc's malloc keeps what a thread frees in that thread's arena
// (and below the top of each heap) for reuse, so the buffers of one phase
// (an in-memory segment, a merge's postings) stay resident while the next
// phase allocates elsewhere; a long ingest's resident size then drifts up
// with the work done rather than with what is live. Called where a large
// structure was just freed (a segment written, a merge done). A no-op with
// other C libraries. Thread-safe.
#pragma once

namespace wenyuan {

void ReturnFreeMemory();

}  // namespace wenyuan

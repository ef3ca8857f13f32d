#include "util/free_memory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace wenyuan {

void ReturnFreeMemory() {
#if defined(__GLIBC__)
  ::malloc_trim(0);  // every arena: the free pages inside, and the tops
#endif
}

}  // namespace wenyuan

#ifndef VEIL_CICU_SHIM_H
#define VEIL_CICU_SHIM_H
/* Why this header exists: it carries ICU's compiler and linker flags (pkg-config icu-uc) to
   ICUBridge. Swift never calls ICU directly: Debian renames every ICU symbol through macros
   (unorm2_normalize -> unorm2_normalize_72) that the Swift importer cannot follow, so all ICU
   calls live in ICUBridge's C++ file behind a plain C header. */
#include <unicode/utypes.h>
#endif

// SHA-256 through libcrypto (see read/archive_module.h: sha256).
#ifndef CONGVAN_READ_ARCHIVE_MODULE_SHA256_H_
#define CONGVAN_READ_ARCHIVE_MODULE_SHA256_H_

#include <string_view>

namespace congvan::read {

bool Sha256(std::string_view bytes, unsigned char* digest);

}  // namespace congvan::read

#endif  // CONGVAN_READ_ARCHIVE_MODULE_SHA256_H_

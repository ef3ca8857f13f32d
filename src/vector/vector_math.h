// Small vector helpers the embedders share.
#pragma once

#include <cmath>
#include <vector>

namespace wenyuan::vector {

// Scales `v` to unit length; a zero vector is left as it is.
inline void NormalizeL2(std::vector<float>& v) {
  double sum = 0;
  for (float x : v) sum += static_cast<double>(x) * x;
  if (sum <= 0) return;
  const float scale = static_cast<float>(1.0 / std::sqrt(sum));
  for (float& x : v) x *= scale;
}

}  // namespace wenyuan::vector

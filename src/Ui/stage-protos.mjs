// buf resolves imports only inside one directory: stage the service's protos together with the few Google
// protos they and the UI import (from the google-proto-files package) in .protos, which is not committed.
import { cpSync, rmSync } from "node:fs";

const staged = ".protos";
rmSync(staged, { recursive: true, force: true });
cpSync("../../protos", staged, { recursive: true });
for (const file of ["google/type/date.proto", "google/rpc/error_details.proto"]) {
  cpSync(`node_modules/google-proto-files/${file}`, `${staged}/${file}`);
}

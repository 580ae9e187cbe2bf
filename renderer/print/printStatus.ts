// The print route's side of the status handshake (shared/export/printStatus.ts).
import { PRINT_STATUS_GLOBAL, type PrintStatus } from '../../shared/export/printStatus';

declare global {
  interface Window {
    __briefdeckPrint?: PrintStatus;
  }
}

export function setPrintStatus(status: PrintStatus): void {
  (window as unknown as Record<string, PrintStatus>)[PRINT_STATUS_GLOBAL] = status;
}

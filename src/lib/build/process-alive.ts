/**
 * Whether a process with this id is alive, so a lock left by one that died can be taken over.
 * EPERM means it exists but belongs to another user: alive all the same.
 */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

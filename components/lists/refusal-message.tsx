/** Why a list button changed nothing; read out as soon as the page shows it. */
export function RefusalMessage({ children }: { children: string }) {
  return (
    <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-red-900">
      {children}
    </p>
  );
}

import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "../../auth";

export default async function AdminPage() {
  const session = await getServerSession(authOptions);
  if (!session?.user) redirect("/api/auth/signin?callbackUrl=/admin");
  return (
    <main>
      <h1>Admin</h1>
      <p>Signed in as {session.user.email}</p>
    </main>
  );
}

export function HomeScreen() { return <div>Home</div>; }

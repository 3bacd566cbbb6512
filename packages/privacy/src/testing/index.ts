export * from "./arbitraries";
export * from "./leaks";
